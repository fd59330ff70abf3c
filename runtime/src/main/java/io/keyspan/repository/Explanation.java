package io.keyspan.repository;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * What an operation would send, without sending it: the engine request, and the DynamoDB wire
 * form of its expressions with their {@code #name} and {@code :value} placeholders.
 *
 * @param operation the DynamoDB action: PutItem, GetItem, UpdateItem, DeleteItem, Query, Scan
 * @param request the engine request record, exactly as {@code execute()} would pass it
 * @param tableName the physical table name
 * @param indexName the index read, for queries and scans of an index
 * @param expressions the rendered expressions by parameter name (KeyConditionExpression, ...)
 * @param names the ExpressionAttributeNames
 * @param values the ExpressionAttributeValues
 */
public record Explanation(
    String operation,
    Object request,
    String tableName,
    Optional<String> indexName,
    Map<String, String> expressions,
    Map<String, String> names,
    Map<String, AttributeValue> values) {
  public Explanation {
    expressions = Map.copyOf(expressions);
    names = Map.copyOf(names);
    values = Map.copyOf(values);
  }

  /** The expression of one parameter, such as {@code "UpdateExpression"}. */
  public Optional<String> expression(String parameterName) {
    return Optional.ofNullable(expressions.get(parameterName));
  }
}
