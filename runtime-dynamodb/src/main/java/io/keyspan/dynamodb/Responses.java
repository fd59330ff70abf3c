package io.keyspan.dynamodb;

import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.ItemCollectionMetrics;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.WriteRequest;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translates the SDK's responses into the SPI's: items, pagination keys, consumed capacity. */
final class Responses {
  private Responses() {}

  static ConsumedCapacity capacity(
      software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity capacity) {
    if (capacity == null) {
      return null;
    }
    return new ConsumedCapacity(
        capacity.tableName(),
        orZero(capacity.capacityUnits()),
        orZero(capacity.readCapacityUnits()),
        orZero(capacity.writeCapacityUnits()),
        capacity.table() == null ? null : capacity(capacity.table()),
        capacities(capacity.globalSecondaryIndexes()),
        capacities(capacity.localSecondaryIndexes()));
  }

  static List<ConsumedCapacity> capacities(
      List<software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity> capacities) {
    return capacities.stream().map(Responses::capacity).toList();
  }

  private static Map<String, Capacity> capacities(
      Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> perIndex) {
    Map<String, Capacity> converted = new LinkedHashMap<>();
    perIndex.forEach((index, capacity) -> converted.put(index, capacity(capacity)));
    return converted;
  }

  private static Capacity capacity(
      software.amazon.awssdk.services.dynamodb.model.Capacity capacity) {
    return new Capacity(
        orZero(capacity.capacityUnits()),
        orZero(capacity.readCapacityUnits()),
        orZero(capacity.writeCapacityUnits()));
  }

  private static double orZero(Double units) {
    return units == null ? 0 : units;
  }

  static int orZero(Integer count) {
    return count == null ? 0 : count;
  }

  /** The metrics of each table's item collections a batch or transaction wrote, per table. */
  static Map<String, List<ItemCollectionMetrics>> metrics(
      Map<String, List<software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics>>
          perTable) {
    Map<String, List<ItemCollectionMetrics>> converted = new LinkedHashMap<>();
    perTable.forEach(
        (table, metrics) ->
            converted.put(table, metrics.stream().map(Responses::metrics).toList()));
    return converted;
  }

  /** One collection's key and its size estimate, [lower, upper] in GB. */
  static ItemCollectionMetrics metrics(
      software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics metrics) {
    List<Double> range = metrics.sizeEstimateRangeGB();
    return new ItemCollectionMetrics(
        AttributeValues.fromSdk(metrics.itemCollectionKey()), range.get(0), range.get(1));
  }

  /**
   * The items of a page or a batch as they came, each held in the SDK's values ({@link
   * NativeItem}): a repository maps them straight to objects.
   */
  static List<Map<String, AttributeValue>> items(
      List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items) {
    List<Map<String, AttributeValue>> held = new ArrayList<>(items.size());
    items.forEach(item -> held.add(AttributeValues.held(item)));
    return held;
  }

  /** The unprocessed writes of a batch, in the SPI's terms, to hand back to the caller. */
  static Map<String, List<WriteRequest>> writeRequests(
      Map<String, List<software.amazon.awssdk.services.dynamodb.model.WriteRequest>> perTable) {
    Map<String, List<WriteRequest>> converted = new LinkedHashMap<>();
    perTable.forEach(
        (table, writes) ->
            converted.put(table, writes.stream().map(Responses::writeRequest).toList()));
    return converted;
  }

  private static WriteRequest writeRequest(
      software.amazon.awssdk.services.dynamodb.model.WriteRequest write) {
    return write.putRequest() != null
        ? new WriteRequest.Put(AttributeValues.fromSdk(write.putRequest().item()))
        : new WriteRequest.Delete(AttributeValues.fromSdk(write.deleteRequest().key()));
  }

  /**
   * The unprocessed keys of a batch read, in the SPI's terms. Projections and consistency come from
   * the original request, whose trees the SDK's rendered text cannot give back.
   */
  static Map<String, KeysAndAttributes> unprocessedKeys(
      Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> perTable,
      Map<String, KeysAndAttributes> requested) {
    Map<String, KeysAndAttributes> converted = new LinkedHashMap<>();
    perTable.forEach(
        (table, keys) -> {
          KeysAndAttributes original = requested.get(table);
          Projection projection = original == null ? null : original.projection();
          boolean consistentRead = original != null && original.consistentRead();
          converted.put(
              table,
              new KeysAndAttributes(
                  keys.keys().stream().map(AttributeValues::fromSdk).toList(),
                  projection,
                  consistentRead));
        });
    return converted;
  }

  /** One report per table: the sum of the reports of every attempt of a retried batch. */
  static List<ConsumedCapacity> sumPerTable(List<ConsumedCapacity> reports) {
    Map<String, ConsumedCapacity> perTable = new LinkedHashMap<>();
    for (ConsumedCapacity report : reports) {
      perTable.merge(report.tableName(), report, Responses::sum);
    }
    return List.copyOf(perTable.values());
  }

  private static ConsumedCapacity sum(ConsumedCapacity a, ConsumedCapacity b) {
    return new ConsumedCapacity(
        a.tableName(),
        a.capacityUnits() + b.capacityUnits(),
        a.readCapacityUnits() + b.readCapacityUnits(),
        a.writeCapacityUnits() + b.writeCapacityUnits(),
        a.table() == null ? b.table() : b.table() == null ? a.table() : a.table().plus(b.table()),
        sum(a.globalSecondaryIndexes(), b.globalSecondaryIndexes()),
        sum(a.localSecondaryIndexes(), b.localSecondaryIndexes()));
  }

  private static Map<String, Capacity> sum(Map<String, Capacity> a, Map<String, Capacity> b) {
    Map<String, Capacity> total = new LinkedHashMap<>(a);
    b.forEach((index, capacity) -> total.merge(index, capacity, Capacity::plus));
    return total;
  }
}
