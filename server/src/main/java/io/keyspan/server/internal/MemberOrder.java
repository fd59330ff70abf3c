package io.keyspan.server.internal;

import java.util.List;

/**
 * The order in which DynamoDB lists the violations of one request ("3 validation errors detected:
 * ..."), by top-level member; it is neither alphabetical nor the API reference's order. The orders
 * are dynalite's (validations/*.js, whose member order reproduces DynamoDB's listings).
 */
final class MemberOrder {
  private MemberOrder() {}

  static final List<String> PUT_ITEM =
      List.of(
          "returnConsumedCapacity",
          "tableName",
          "item",
          "conditionalOperator",
          "expected",
          "returnValues",
          "returnItemCollectionMetrics");

  static final List<String> UPDATE_ITEM =
      List.of(
          "returnConsumedCapacity",
          "tableName",
          "returnItemCollectionMetrics",
          "returnValues",
          "key",
          "conditionalOperator",
          "expected",
          "attributeUpdates");

  static final List<String> DELETE_ITEM =
      List.of(
          "returnConsumedCapacity",
          "tableName",
          "returnValues",
          "returnItemCollectionMetrics",
          "key",
          "conditionalOperator",
          "expected");

  static final List<String> GET_ITEM =
      List.of("returnConsumedCapacity", "attributesToGet", "tableName", "key");

  static final List<String> SCAN =
      List.of(
          "select",
          "indexName",
          "totalSegments",
          "returnConsumedCapacity",
          "tableName",
          "conditionalOperator",
          "scanFilter",
          "segment",
          "limit",
          "attributesToGet",
          "exclusiveStartKey");

  static final List<String> QUERY =
      List.of(
          "select",
          "indexName",
          "returnConsumedCapacity",
          "queryFilter",
          "tableName",
          "conditionalOperator",
          "attributesToGet",
          "limit",
          "keyConditions",
          "exclusiveStartKey");

  static final List<String> BATCH_GET_ITEM = List.of("returnConsumedCapacity", "requestItems");

  static final List<String> BATCH_WRITE_ITEM =
      List.of("returnConsumedCapacity", "returnItemCollectionMetrics", "requestItems");

  static final List<String> CREATE_TABLE =
      List.of(
          "attributeDefinitions",
          "tableName",
          "billingMode",
          "provisionedThroughput",
          "keySchema",
          "localSecondaryIndexes",
          "globalSecondaryIndexes");
}
