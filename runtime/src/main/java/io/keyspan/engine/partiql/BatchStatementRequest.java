package io.keyspan.engine.partiql;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a BatchExecuteStatement.
 *
 * @param parameters the values of the statement's {@code ?}s, in order
 * @param consistentRead whether a SELECT reads with strong consistency
 */
public record BatchStatementRequest(
    String statement, List<AttributeValue> parameters, boolean consistentRead) {
  public BatchStatementRequest {
    Objects.requireNonNull(statement, "statement");
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
  }
}
