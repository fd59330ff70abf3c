package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Items of a table or of one index, in DynamoDB's order: partitions by hash (see {@link
 * PartitionKey}), and inside a partition by sort key. Lookups and updates cost O(log n); a range
 * inside one partition costs O(log n + k). Not thread-safe: the engine's lock guards it.
 */
final class OrderedStore {
  private final TreeMap<PartitionKey, TreeMap<EntryKey, Map<String, AttributeValue>>> partitions =
      new TreeMap<>();
  private int size;

  int size() {
    return size;
  }

  Map<String, AttributeValue> get(PartitionKey partition, EntryKey entry) {
    TreeMap<EntryKey, Map<String, AttributeValue>> items = partitions.get(partition);
    return items == null ? null : items.get(entry);
  }

  /** Stores an item; returns the one it replaced, or null. */
  Map<String, AttributeValue> put(
      PartitionKey partition, EntryKey entry, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> previous =
        partitions.computeIfAbsent(partition, p -> new TreeMap<>()).put(entry, item);
    if (previous == null) {
      size++;
    }
    return previous;
  }

  void remove(PartitionKey partition, EntryKey entry) {
    TreeMap<EntryKey, Map<String, AttributeValue>> items = partitions.get(partition);
    if (items != null && items.remove(entry) != null) {
      size--;
      if (items.isEmpty()) {
        partitions.remove(partition);
      }
    }
  }

  /** The entries of one partition, in sort order; empty when the partition has none. */
  NavigableMap<EntryKey, Map<String, AttributeValue>> partition(PartitionKey partition) {
    TreeMap<EntryKey, Map<String, AttributeValue>> items = partitions.get(partition);
    return items == null ? Collections.emptyNavigableMap() : items;
  }

  /** One stored entry with its position. */
  record Entry(PartitionKey partition, EntryKey key, Map<String, AttributeValue> item) {}

  /**
   * Entries in store order from a position: strictly after {@code (partition, key)} when given,
   * else from the first partition whose unsigned hash is at least {@code fromHash}.
   */
  Iterator<Entry> scan(long fromHash, PartitionKey partition, EntryKey key) {
    Iterator<Map.Entry<PartitionKey, TreeMap<EntryKey, Map<String, AttributeValue>>>> outer;
    Iterator<Map.Entry<EntryKey, Map<String, AttributeValue>>> first;
    PartitionKey firstPartition;
    if (partition != null) {
      firstPartition = partition;
      first = partition(partition).tailMap(key, false).entrySet().iterator();
      outer = partitions.tailMap(partition, false).entrySet().iterator();
    } else {
      firstPartition = null;
      first = Collections.emptyIterator();
      outer =
          fromHash > 0xffffffffL
              ? Collections.emptyIterator()
              : partitions.tailMap(PartitionKey.lowerBound(fromHash), true).entrySet().iterator();
    }
    return new Iterator<>() {
      private PartitionKey current = firstPartition;
      private Iterator<Map.Entry<EntryKey, Map<String, AttributeValue>>> inner = first;

      @Override
      public boolean hasNext() {
        while (!inner.hasNext()) {
          if (!outer.hasNext()) {
            return false;
          }
          var next = outer.next();
          current = next.getKey();
          inner = next.getValue().entrySet().iterator();
        }
        return true;
      }

      @Override
      public Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        var next = inner.next();
        return new Entry(current, next.getKey(), next.getValue());
      }
    };
  }
}
