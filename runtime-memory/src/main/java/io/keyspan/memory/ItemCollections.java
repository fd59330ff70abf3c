package io.keyspan.memory;

import io.keyspan.engine.ItemCollectionMetrics;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item collection metrics: the size of the items that share a partition-key value, with their local
 * secondary index entries. DynamoDB reports them only when asked for with SIZE and only on tables
 * with local secondary indexes
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html).
 *
 * <p>The estimate counts the collection's items and the attributes each local index projects
 * (Developer Guide LSI.html#LSI.ItemCollections), and reports the whole-GB band it lies in: a
 * collection under 1 GB is {@code [0.0, 1.0]}, as in the guide's UpdateItem example
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ItemCollections).
 */
final class ItemCollections {
  static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

  private ItemCollections() {}

  /** The metrics of the collection holding {@code key}; null when not reported. */
  static ItemCollectionMetrics of(
      StoredTable table, PrimaryKey key, ReturnItemCollectionMetrics level) {
    if (level != ReturnItemCollectionMetrics.SIZE || table.definition().localIndexes().isEmpty()) {
      return null;
    }
    return estimate(
        Map.of(table.key().partitionName(), key.partition().value()),
        bytes(table, key.partition()));
  }

  /** The whole-GB band that {@code bytes} lies in. */
  static ItemCollectionMetrics estimate(Map<String, AttributeValue> collectionKey, long bytes) {
    double gigabytes = Math.floor(bytes / BYTES_PER_GB);
    return new ItemCollectionMetrics(collectionKey, gigabytes, gigabytes + 1);
  }

  /**
   * The metrics of every collection a batch or transaction touched, per table in the order the
   * writes name them; tables without local indexes are left out, and each collection is reported
   * once.
   */
  static Map<String, List<ItemCollectionMetrics>> of(
      List<Touched> touched, ReturnItemCollectionMetrics level) {
    Set<Touched> collections = new LinkedHashSet<>(touched);
    Map<String, List<ItemCollectionMetrics>> byTable = new LinkedHashMap<>();
    for (Touched collection : collections) {
      ItemCollectionMetrics metrics = of(collection.table(), collection.key(), level);
      if (metrics != null) {
        byTable
            .computeIfAbsent(collection.table().definition().name(), name -> new ArrayList<>())
            .add(metrics);
      }
    }
    return byTable;
  }

  /** The collection of one written item: its table and the item's partition. */
  record Touched(StoredTable table, PrimaryKey key) {
    Touched {
      key = new PrimaryKey(key.partition(), null);
    }
  }

  /** The collection's items plus what each local index projects of them. */
  static long bytes(StoredTable table, HashedPartitionKey partition) {
    TableSettings definition = table.definition();
    long bytes = 0;
    for (StoredItem stored : table.items().partition(partition).values()) {
      Map<String, AttributeValue> item = stored.item();
      bytes += stored.size();
      for (SecondaryIndex index : definition.localIndexes()) {
        if (index.covers(item)) {
          bytes += ItemSize.of(index.project(item, definition.key()));
        }
      }
    }
    return bytes;
  }
}
