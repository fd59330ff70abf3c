package io.keyspan.server.internal;

import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * Members that many operations share, read with their API-model constraints. Each reader records
 * violations in the request's {@link Constraints}; the caller checks them once all members are
 * read, as DynamoDB reports every violation of a request together.
 */
final class Members {
  private Members() {}

  static String tableName(WireObject scope, Constraints constraints) {
    String name = scope.string("TableName");
    constraints.name("tableName", name, true);
    return name;
  }

  static String indexName(WireObject scope, Constraints constraints) {
    String name = scope.string("IndexName");
    constraints.name("indexName", name, false);
    return name;
  }

  /** A required item or key map, such as {@code Item} or {@code Key}. */
  static Map<String, AttributeValue> requiredItem(
      WireObject scope, String member, String path, Constraints constraints) {
    Map<String, AttributeValue> item = WireValues.item(scope.raw(member));
    constraints.notNull(path, item);
    return item;
  }

  /** A member of the writes only: PutItem, UpdateItem, DeleteItem, BatchWriteItem, transactions. */
  static ReturnItemCollectionMetrics returnItemCollectionMetrics(
      WireObject scope, Constraints constraints) {
    return constraints.enumValue(
        "returnItemCollectionMetrics",
        scope.string("ReturnItemCollectionMetrics"),
        ReturnItemCollectionMetrics.values());
  }

  static ReturnConsumedCapacity returnConsumedCapacity(WireObject scope, Constraints constraints) {
    return constraints.enumValue(
        "returnConsumedCapacity",
        scope.string("ReturnConsumedCapacity"),
        CoralEnums.returnConsumedCapacity());
  }

  static ReturnValue returnValues(WireObject scope, Constraints constraints) {
    return constraints.enumValue(
        "returnValues", scope.string("ReturnValues"), CoralEnums.returnValues());
  }

  static ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure(
      WireObject scope, String path, Constraints constraints) {
    return constraints.enumValue(
        path,
        scope.string("ReturnValuesOnConditionCheckFailure"),
        ReturnValuesOnConditionCheckFailure.values());
  }

  static boolean flag(WireObject scope, String member, boolean absent) {
    Boolean value = scope.bool(member);
    return value == null ? absent : value;
  }
}
