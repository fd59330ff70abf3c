package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.ItemCollectionMetrics;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/** Response members that many operations share: items and consumed capacity. */
final class WireResponses {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private WireResponses() {}

  static ObjectNode object() {
    return JSON.objectNode();
  }

  static ArrayNode array() {
    return JSON.arrayNode();
  }

  /** Sets {@code member} to the item, or leaves it out when there is none (DynamoDB omits it). */
  static void putItem(ObjectNode response, String member, Map<String, AttributeValue> item) {
    if (item != null) {
      response.set(member, WireValues.item(item));
    }
  }

  /**
   * Which members a ConsumedCapacity carries. DynamoDB's published responses show {@code
   * CapacityUnits} alone for single-item operations, Query, Scan and batches, and {@code
   * ReadCapacityUnits} or {@code WriteCapacityUnits} beside it for transactions (AWS CLI reference
   * examples: https://docs.aws.amazon.com/cli/latest/reference/dynamodb/put-item.html, query.html,
   * batch-write-item.html, transact-get-items.html, transact-write-items.html).
   */
  enum CapacityFields {
    UNITS,
    UNITS_READ_WRITE
  }

  /** The single form of item operations, Query and Scan; absent when not asked for. */
  static void putCapacity(ObjectNode response, ConsumedCapacity capacity) {
    if (capacity != null) {
      response.set("ConsumedCapacity", capacity(capacity, CapacityFields.UNITS));
    }
  }

  /** The list form of batches and transactions: one entry per table, absent when empty. */
  static void putCapacities(
      ObjectNode response, List<ConsumedCapacity> capacities, CapacityFields fields) {
    if (!capacities.isEmpty()) {
      ArrayNode list = response.putArray("ConsumedCapacity");
      capacities.forEach(capacity -> list.add(capacity(capacity, fields)));
    }
  }

  /** Sets {@code ItemCollectionMetrics} of a single-item write, or leaves it out when absent. */
  static void putItemCollectionMetrics(ObjectNode response, ItemCollectionMetrics metrics) {
    if (metrics != null) {
      response.set("ItemCollectionMetrics", itemCollectionMetrics(metrics));
    }
  }

  /** The per-table form of batches and transactions, absent when no table reports any. */
  static void putItemCollectionMetrics(
      ObjectNode response, Map<String, List<ItemCollectionMetrics>> metricsByTable) {
    if (!metricsByTable.isEmpty()) {
      ObjectNode byTable = response.putObject("ItemCollectionMetrics");
      metricsByTable.forEach(
          (table, metrics) -> {
            ArrayNode list = byTable.putArray(table);
            metrics.forEach(collection -> list.add(itemCollectionMetrics(collection)));
          });
    }
  }

  private static ObjectNode itemCollectionMetrics(ItemCollectionMetrics metrics) {
    ObjectNode json = JSON.objectNode();
    json.set("ItemCollectionKey", WireValues.item(metrics.itemCollectionKey()));
    ArrayNode range = json.putArray("SizeEstimateRangeGB");
    metrics.sizeEstimateRangeGb().forEach(range::add);
    return json;
  }

  private static ObjectNode capacity(ConsumedCapacity capacity, CapacityFields fields) {
    ObjectNode json = JSON.objectNode();
    json.put("TableName", capacity.tableName());
    putUnits(
        json,
        new Capacity(
            capacity.capacityUnits(), capacity.readCapacityUnits(), capacity.writeCapacityUnits()),
        fields);
    if (capacity.table() != null) {
      putUnits(json.putObject("Table"), capacity.table(), fields);
    }
    putIndexes(json, "GlobalSecondaryIndexes", capacity.globalSecondaryIndexes(), fields);
    putIndexes(json, "LocalSecondaryIndexes", capacity.localSecondaryIndexes(), fields);
    return json;
  }

  private static void putIndexes(
      ObjectNode json, String member, Map<String, Capacity> indexes, CapacityFields fields) {
    if (!indexes.isEmpty()) {
      ObjectNode byName = json.putObject(member);
      indexes.forEach((name, units) -> putUnits(byName.putObject(name), units, fields));
    }
  }

  private static void putUnits(ObjectNode json, Capacity units, CapacityFields fields) {
    json.put("CapacityUnits", units.capacityUnits());
    if (fields == CapacityFields.UNITS) {
      return;
    }
    if (units.readCapacityUnits() != 0) {
      json.put("ReadCapacityUnits", units.readCapacityUnits());
    }
    if (units.writeCapacityUnits() != 0) {
      json.put("WriteCapacityUnits", units.writeCapacityUnits());
    }
  }
}
