package io.keyspan.engine.partiql;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement.
 *
 * @param parameters the values of the statement's {@code ?}s, in order
 * @param limit the most items a SELECT evaluates; null for no limit
 * @param exclusiveStartKey where a SELECT resumes (the previous page's last key); null to start
 */
public record ExecuteStatementRequest(
    String statement,
    List<AttributeValue> parameters,
    boolean consistentRead,
    Integer limit,
    Map<String, AttributeValue> exclusiveStartKey) {
  public ExecuteStatementRequest {
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    exclusiveStartKey = exclusiveStartKey == null ? null : Map.copyOf(exclusiveStartKey);
  }
}
