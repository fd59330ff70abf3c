package io.keyspan.engine.partiql;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Objects;

/**
 * One statement of an ExecuteTransaction.
 *
 * @param parameters the values of the statement's {@code ?}s, in order
 */
public record ParameterizedStatement(String statement, List<AttributeValue> parameters) {
  public ParameterizedStatement {
    Objects.requireNonNull(statement, "statement");
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
  }
}
