package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Items of a table or of one index, each with its size ({@link StoredItem}), in DynamoDB's order:
 * partitions by hash (see {@link HashedPartitionKey}), and inside a partition by sort key. Lookups
 * and updates cost O(log n); a range inside one partition costs O(log n + k). A partition holding a
 * single item, the common case of tables without a sort key, is stored without a map of its own to
 * save memory. Not thread-safe: the engine's lock guards it.
 */
final class OrderedStore {
  /**
   * Each value is a {@link One} or a {@code TreeMap<EntryKey, StoredItem>} of two or more items.
   */
  private final TreeMap<HashedPartitionKey, Object> partitions = new TreeMap<>();

  private int size;

  // The sum of the stored items' sizes, kept with each change: DescribeTable reports it.
  private long bytes;

  /** A partition of exactly one item. */
  private record One(EntryKey key, StoredItem item) {}

  int size() {
    return size;
  }

  /** The stored items' sizes summed (for an index, its entries' sizes). */
  long bytes() {
    return bytes;
  }

  StoredItem get(HashedPartitionKey partition, EntryKey entry) {
    Object items = partitions.get(partition);
    if (items instanceof One one) {
      return one.key().compareTo(entry) == 0 ? one.item() : null;
    }
    return items == null ? null : many(items).get(entry);
  }

  /** Stores an item; returns the one it replaced, or null. */
  StoredItem put(HashedPartitionKey partition, EntryKey entry, StoredItem item) {
    StoredItem previous = replace(partition, entry, item);
    if (previous == null) {
      size++;
    } else {
      bytes -= previous.size();
    }
    bytes += item.size();
    return previous;
  }

  private StoredItem replace(HashedPartitionKey partition, EntryKey entry, StoredItem item) {
    Object items = partitions.get(partition);
    if (items == null) {
      partitions.put(partition, new One(entry, item));
      return null;
    }
    if (items instanceof One one) {
      if (one.key().compareTo(entry) == 0) {
        partitions.put(partition, new One(one.key(), item));
        return one.item();
      }
      TreeMap<EntryKey, StoredItem> grown = new TreeMap<>();
      grown.put(one.key(), one.item());
      grown.put(entry, item);
      partitions.put(partition, grown);
      return null;
    }
    return many(items).put(entry, item);
  }

  /** Removes an item; returns it, or null when there was none. */
  StoredItem remove(HashedPartitionKey partition, EntryKey entry) {
    StoredItem removed = detach(partition, entry);
    if (removed != null) {
      size--;
      bytes -= removed.size();
    }
    return removed;
  }

  private StoredItem detach(HashedPartitionKey partition, EntryKey entry) {
    Object items = partitions.get(partition);
    if (items instanceof One one) {
      if (one.key().compareTo(entry) != 0) {
        return null;
      }
      partitions.remove(partition);
      return one.item();
    }
    if (items == null) {
      return null;
    }
    TreeMap<EntryKey, StoredItem> map = many(items);
    StoredItem removed = map.remove(entry);
    if (map.size() == 1) {
      var last = map.firstEntry();
      partitions.put(partition, new One(last.getKey(), last.getValue()));
    }
    return removed;
  }

  /** The entries of one partition, in sort order; empty when the partition has none. */
  NavigableMap<EntryKey, StoredItem> partition(HashedPartitionKey partition) {
    return view(partitions.get(partition));
  }

  private static NavigableMap<EntryKey, StoredItem> view(Object items) {
    if (items == null) {
      return Collections.emptyNavigableMap();
    }
    if (items instanceof One one) {
      TreeMap<EntryKey, StoredItem> single = new TreeMap<>();
      single.put(one.key(), one.item());
      return Collections.unmodifiableNavigableMap(single);
    }
    return Collections.unmodifiableNavigableMap(many(items));
  }

  private static Iterator<Map.Entry<EntryKey, StoredItem>> entries(Object items) {
    if (items instanceof One one) {
      return Collections.<Map.Entry<EntryKey, StoredItem>>singletonList(
              new AbstractMap.SimpleImmutableEntry<>(one.key(), one.item()))
          .iterator();
    }
    return many(items).entrySet().iterator();
  }

  @SuppressWarnings("unchecked") // the only other kind of value, see the field's comment
  private static TreeMap<EntryKey, StoredItem> many(Object items) {
    return (TreeMap<EntryKey, StoredItem>) items;
  }

  /** One stored entry with its position. */
  record Entry(HashedPartitionKey partition, EntryKey key, StoredItem stored) {
    Map<String, AttributeValue> item() {
      return stored.item();
    }
  }

  /**
   * Entries in store order from a position: strictly after {@code (partition, key)} when given,
   * else from the first partition whose unsigned hash is at least {@code fromHash}.
   */
  Iterator<Entry> scan(long fromHash, HashedPartitionKey partition, EntryKey key) {
    Iterator<Map.Entry<HashedPartitionKey, Object>> outer = partitionsFrom(fromHash, partition);
    Iterator<Map.Entry<EntryKey, StoredItem>> first =
        partition == null
            ? Collections.emptyIterator()
            : partition(partition).tailMap(key, false).entrySet().iterator();
    return new Iterator<>() {
      private HashedPartitionKey current = partition;
      private Iterator<Map.Entry<EntryKey, StoredItem>> inner = first;

      @Override
      public boolean hasNext() {
        while (!inner.hasNext()) {
          if (!outer.hasNext()) {
            return false;
          }
          var next = outer.next();
          current = next.getKey();
          inner = entries(next.getValue());
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

  /**
   * The partitions after {@code partition} when given, else from the first whose unsigned hash is
   * at least {@code fromHash}.
   */
  private Iterator<Map.Entry<HashedPartitionKey, Object>> partitionsFrom(
      long fromHash, HashedPartitionKey partition) {
    if (partition != null) {
      return partitions.tailMap(partition, false).entrySet().iterator();
    }
    return fromHash > 0xffffffffL
        ? Collections.emptyIterator()
        : partitions.tailMap(HashedPartitionKey.lowerBound(fromHash), true).entrySet().iterator();
  }

  /**
   * The items {@link #scan} visits from the same position, up to the first partition whose unsigned
   * hash reaches {@code toHash} (the end of a parallel scan's segment). Scan pages walk this: no
   * {@link Entry} per item, and the segment's end is checked once per partition.
   */
  Iterator<StoredItem> items(
      long fromHash, long toHash, HashedPartitionKey partition, EntryKey key) {
    Iterator<Map.Entry<HashedPartitionKey, Object>> from = partitionsFrom(fromHash, partition);
    Iterator<StoredItem> first =
        partition == null
            ? Collections.emptyIterator()
            : partition(partition).tailMap(key, false).values().iterator();
    return new Iterator<>() {
      private Iterator<Map.Entry<HashedPartitionKey, Object>> outer = from;
      private Iterator<StoredItem> inner = first;
      private StoredItem single;

      @Override
      public boolean hasNext() {
        while (single == null && !inner.hasNext()) {
          if (!outer.hasNext()) {
            return false;
          }
          var next = outer.next();
          if (next.getKey().unsignedHash() >= toHash) {
            outer = Collections.emptyIterator();
            return false;
          }
          if (next.getValue() instanceof One one) {
            single = one.item();
          } else {
            inner = many(next.getValue()).values().iterator();
          }
        }
        return true;
      }

      @Override
      public StoredItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        StoredItem next = single;
        if (next == null) {
          return inner.next();
        }
        single = null;
        return next;
      }
    };
  }
}
