package io.keyspan.repository;

import io.keyspan.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an operation would send, without sending it: the engine request, and the DynamoDB wire form
 * of its expressions with their {@code #name} and {@code :value} placeholders.
 *
 * @param operation the DynamoDB action: PutItem, GetItem, UpdateItem, DeleteItem, Query, Scan
 * @param request the engine request record, exactly as {@code execute()} would pass it
 * @param tableName the physical table name
 * @param indexName the index read, for queries and scans of an index
 * @param expressions the rendered expressions by parameter name (KeyConditionExpression, ...)
 * @param names the ExpressionAttributeNames, in placeholder order ({@code #n0}, {@code #n1}, ...)
 * @param values the ExpressionAttributeValues, in placeholder order ({@code :v0}, {@code :v1}, ...)
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
    expressions = ordered(expressions);
    names = ordered(names);
    values = ordered(values);
  }

  // Map.copyOf would iterate in an order salted per JVM; an explanation prints the same every run.
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The expression of one parameter, such as {@code "UpdateExpression"}. */
  public Optional<String> expression(String parameterName) {
    return Optional.ofNullable(expressions.get(parameterName));
  }
}
