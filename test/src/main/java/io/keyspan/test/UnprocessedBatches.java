package io.keyspan.test;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.Engine;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.WriteRequest;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Batches of which some items stay unprocessed: the engine processes the rest, and the answer lists
 * the chosen items in {@code UnprocessedItems} / {@code UnprocessedKeys}, as DynamoDB does when a
 * partition's capacity runs out
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html).
 */
final class UnprocessedBatches {
  private final Engine engine;

  UnprocessedBatches(Engine engine) {
    this.engine = engine;
  }

  /** The items a batch write names, tables in name order, writes in request order. */
  static List<EngineCall.Item> items(BatchWriteItemRequest request) {
    List<EngineCall.Item> items = new ArrayList<>();
    new TreeMap<>(request.requestItems())
        .forEach((table, writes) -> writes.forEach(w -> items.add(item(table, w))));
    return items;
  }

  /** The keys a batch read names, tables in name order, keys in request order. */
  static List<EngineCall.Item> items(BatchGetItemRequest request) {
    List<EngineCall.Item> items = new ArrayList<>();
    new TreeMap<>(request.requestItems())
        .forEach(
            (table, keys) -> keys.keys().forEach(k -> items.add(new EngineCall.Item(table, k))));
    return items;
  }

  BatchWriteItemResponse write(BatchWriteItemRequest request, List<EngineCall.Item> unprocessed) {
    Map<String, List<WriteRequest>> processed = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> left = new HashMap<>();
    new TreeMap<>(request.requestItems())
        .forEach(
            (table, writes) ->
                writes.forEach(
                    write ->
                        (unprocessed.contains(item(table, write)) ? left : processed)
                            .computeIfAbsent(table, t -> new ArrayList<>())
                            .add(write)));
    if (processed.isEmpty()) {
      return new BatchWriteItemResponse(left, List.of());
    }
    BatchWriteItemResponse response =
        engine.batchWriteItem(
            new BatchWriteItemRequest(
                processed,
                request.returnConsumedCapacity(),
                request.returnItemCollectionMetrics()));
    response
        .unprocessedItems()
        .forEach(
            (table, writes) -> left.computeIfAbsent(table, t -> new ArrayList<>()).addAll(writes));
    return new BatchWriteItemResponse(
        left, response.consumedCapacity(), response.itemCollectionMetrics());
  }

  BatchGetItemResponse get(BatchGetItemRequest request, List<EngineCall.Item> unprocessed) {
    Map<String, KeysAndAttributes> processed = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> left = new HashMap<>();
    new TreeMap<>(request.requestItems())
        .forEach(
            (table, keys) -> {
              List<Map<String, AttributeValue>> kept = new ArrayList<>();
              List<Map<String, AttributeValue>> skipped = new ArrayList<>();
              keys.keys()
                  .forEach(
                      key ->
                          (unprocessed.contains(new EngineCall.Item(table, key)) ? skipped : kept)
                              .add(key));
              if (!kept.isEmpty()) {
                processed.put(
                    table, new KeysAndAttributes(kept, keys.projection(), keys.consistentRead()));
              }
              if (!skipped.isEmpty()) {
                left.put(
                    table,
                    new KeysAndAttributes(skipped, keys.projection(), keys.consistentRead()));
              }
            });
    if (processed.isEmpty()) {
      return new BatchGetItemResponse(Map.of(), left, List.of());
    }
    BatchGetItemResponse response =
        engine.batchGetItem(new BatchGetItemRequest(processed, request.returnConsumedCapacity()));
    left.putAll(response.unprocessedKeys());
    return new BatchGetItemResponse(response.responses(), left, response.consumedCapacity());
  }

  private static EngineCall.Item item(String table, WriteRequest write) {
    return write instanceof WriteRequest.Put put
        ? new EngineCall.Item(table, put.item())
        : new EngineCall.Item(table, ((WriteRequest.Delete) write).key());
  }
}
