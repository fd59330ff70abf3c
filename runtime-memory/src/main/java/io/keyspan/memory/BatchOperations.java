package io.keyspan.memory;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.WriteRequest;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchGetItem and BatchWriteItem (Developer Guide WorkingWithItems). The whole batch is validated
 * before anything is read or written; each write is then atomic and the engine's lock makes the
 * batch so too.
 */
final class BatchOperations {
  static final int MAX_GET_KEYS = 100;
  static final int MAX_WRITES = 25;

  /** A BatchGetItem response holds at most 16 MB; the rest comes back as UnprocessedKeys. */
  static final long MAX_GET_BYTES = 16L * 1024 * 1024;

  private final Catalog catalog;

  BatchOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  BatchGetItemResponse get(BatchGetItemRequest request) {
    int keys = request.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum();
    if (request.requestItems().isEmpty()) {
      throw ErrorMessages.constraint(
          "{}", "requestItems", "have length greater than or equal to 1");
    }
    if (keys > MAX_GET_KEYS) {
      throw ErrorMessages.tooManyBatchGetKeys();
    }
    Map<String, List<PrimaryKey>> validated = new LinkedHashMap<>();
    request
        .requestItems()
        .forEach(
            (tableName, wanted) -> {
              StoredTable table = catalog.table(tableName);
              Evaluation.check(wanted.projection());
              List<PrimaryKey> primaryKeys = new ArrayList<>();
              Set<PrimaryKey> seen = new HashSet<>();
              for (Map<String, AttributeValue> key : wanted.keys()) {
                PrimaryKey primaryKey = KeyValidator.key(table.definition(), key);
                if (!seen.add(primaryKey)) {
                  throw ErrorMessages.duplicateBatchKeys();
                }
                primaryKeys.add(primaryKey);
              }
              validated.put(tableName, primaryKeys);
            });
    Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
    List<ConsumedCapacity> capacity = new ArrayList<>();
    long bytes = 0;
    for (var entry : validated.entrySet()) {
      String tableName = entry.getKey();
      KeysAndAttributes wanted = request.requestItems().get(tableName);
      StoredTable table = catalog.table(tableName);
      List<Map<String, AttributeValue>> found = new ArrayList<>();
      List<Map<String, AttributeValue>> left = new ArrayList<>();
      Costs.Consistency consistency = Costs.Consistency.of(wanted.consistentRead());
      double units = 0;
      for (int i = 0; i < entry.getValue().size(); i++) {
        Map<String, AttributeValue> item = table.get(entry.getValue().get(i));
        long size = item == null ? 0 : ItemSize.of(item);
        if (bytes + size > MAX_GET_BYTES) {
          left.add(wanted.keys().get(i));
          continue;
        }
        bytes += size;
        units += Costs.readUnits(size, consistency);
        if (item != null) {
          found.add(
              wanted.projection() == null ? item : Evaluation.project(wanted.projection(), item));
        }
      }
      responses.put(tableName, found);
      if (!left.isEmpty()) {
        unprocessed.put(
            tableName, new KeysAndAttributes(left, wanted.projection(), wanted.consistentRead()));
      }
      addReport(capacity, Usage.ofTable(tableName, true, units), request.returnConsumedCapacity());
    }
    return new BatchGetItemResponse(responses, unprocessed, capacity);
  }

  BatchWriteItemResponse write(BatchWriteItemRequest request) {
    int writes = request.requestItems().values().stream().mapToInt(List::size).sum();
    if (writes > MAX_WRITES) {
      throw ErrorMessages.constraint(
          request.requestItems().keySet(), "requestItems", "have length less than or equal to 25");
    }
    if (writes == 0) {
      throw ErrorMessages.constraint(
          request.requestItems().keySet(),
          "requestItems",
          "have length greater than or equal to 1");
    }
    request.requestItems().values().stream()
        .flatMap(List::stream)
        .forEach(
            write -> {
              if (write instanceof WriteRequest.Put put) {
                KeyValidator.checkItemSize(put.item());
              }
            });
    record Planned(StoredTable table, PrimaryKey key, Map<String, AttributeValue> item) {}
    List<Planned> plan = new ArrayList<>();
    request
        .requestItems()
        .forEach(
            (tableName, requests) -> {
              StoredTable table = catalog.table(tableName);
              Set<PrimaryKey> seen = new HashSet<>();
              for (WriteRequest write : requests) {
                Planned planned =
                    write instanceof WriteRequest.Put put
                        ? new Planned(
                            table, KeyValidator.item(table.definition(), put.item()), put.item())
                        : new Planned(
                            table,
                            KeyValidator.key(
                                table.definition(), ((WriteRequest.Delete) write).key()),
                            null);
                if (!seen.add(planned.key())) {
                  throw ErrorMessages.duplicateBatchKeys();
                }
                plan.add(planned);
              }
            });
    Map<String, Usage> usage = new LinkedHashMap<>();
    List<ItemCollections.Touched> touched = new ArrayList<>();
    for (Planned planned : plan) {
      TableSettings definition = planned.table().definition();
      Usage cost =
          Costs.write(definition, planned.table().get(planned.key()), planned.item(), false);
      usage.merge(definition.name(), cost, Usage::plus);
      planned.table().write(planned.key(), planned.item());
      touched.add(new ItemCollections.Touched(planned.table(), planned.key()));
    }
    List<ConsumedCapacity> capacity = new ArrayList<>();
    usage.values().forEach(u -> addReport(capacity, u, request.returnConsumedCapacity()));
    return new BatchWriteItemResponse(
        Map.of(), capacity, ItemCollections.of(touched, request.returnItemCollectionMetrics()));
  }

  static void addReport(List<ConsumedCapacity> reports, Usage usage, ReturnConsumedCapacity level) {
    ConsumedCapacity report = usage.report(level);
    if (report != null) {
      reports.add(report);
    }
  }
}
