package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One table's data: its items, one {@link OrderedStore} per secondary index kept in step on every
 * write, the running size in bytes, and the expiry order for time to live. Items are immutable
 * maps, shared by the table and its indexes. Not thread-safe: the engine's lock guards it.
 */
final class StoredTable {
  private TableSettings definition;
  private final ItemChanges changes;
  private final OrderedStore items = new OrderedStore();
  private final Map<String, OrderedStore> indexes = new HashMap<>();
  private TableStream stream;
  private String ttlAttribute;
  private boolean ttlEnabled;

  /** The table's tags by key, in key order: ListTagsOfResource pages follow it. */
  private final TreeMap<String, String> tags = new TreeMap<>();

  private final TreeSet<Expiry> expiries =
      new TreeSet<>(Comparator.comparing(Expiry::epochSeconds).thenComparing(Expiry::key));

  /** An item's expiry time under time to live. */
  record Expiry(BigDecimal epochSeconds, PrimaryKey key) {}

  StoredTable(TableSettings definition, ItemChanges changes) {
    this.definition = definition;
    this.changes = changes;
    definition.indexes().forEach(index -> indexes.put(index.name(), new OrderedStore()));
  }

  TableSettings definition() {
    return definition;
  }

  TypedKeySchema key() {
    return definition.key();
  }

  int itemCount() {
    return items.size();
  }

  long sizeBytes() {
    return items.bytes();
  }

  TreeMap<String, String> tags() {
    return tags;
  }

  OrderedStore items() {
    return items;
  }

  OrderedStore index(String indexName) {
    return indexes.get(indexName);
  }

  Map<String, AttributeValue> get(PrimaryKey key) {
    return StoredItem.itemOf(stored(key));
  }

  /** The item with this key and its size, or null. */
  StoredItem stored(PrimaryKey key) {
    return items.get(key.partition(), key.entry());
  }

  /**
   * Puts (item non-null) or deletes (item null) the item with this key, indexes included, records
   * the change on the table's enabled stream and reports it to the table's {@link ItemChanges}.
   */
  void write(PrimaryKey key, Map<String, AttributeValue> item) {
    write(key, item == null ? null : StoredItem.of(item), null);
  }

  /**
   * Puts an item as {@link #write} does, its size computed by the caller already; {@code old} is
   * what {@link #stored} returned for the key under the same hold of the lock, so it is not looked
   * up again.
   */
  void put(PrimaryKey key, StoredItem item, StoredItem old) {
    write(key, old, item, null);
  }

  private void write(PrimaryKey key, StoredItem stored, UserIdentity identity) {
    write(key, stored(key), stored, identity);
  }

  private void write(
      PrimaryKey key, StoredItem previous, StoredItem stored, UserIdentity identity) {
    Map<String, AttributeValue> old = StoredItem.itemOf(previous);
    Map<String, AttributeValue> item = StoredItem.itemOf(stored);
    if (old == null && item == null) {
      return;
    }
    if (stream != null && stream.enabled()) {
      ChangeRecord record = stream.record(old, item, identity);
      if (record != null) {
        changes.recorded(stream.arn(), record);
      }
    }
    changes.written(definition.name(), item == null ? keyOf(old) : item, item);
    replace(key, stored);
  }

  private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> keys = new LinkedHashMap<>();
    key().names().forEach(name -> keys.put(name, item.get(name)));
    return keys;
  }

  /**
   * Puts or deletes an item as {@link #write} does but records and reports nothing: recovery
   * replays a change that was reported when it was first written.
   */
  void restore(PrimaryKey key, Map<String, AttributeValue> item) {
    replace(key, item == null ? null : StoredItem.of(item));
  }

  /** Stores or removes the item in one step, keeping the indexes and expiries in step. */
  private void replace(PrimaryKey key, StoredItem item) {
    StoredItem old =
        item == null
            ? items.remove(key.partition(), key.entry())
            : items.put(key.partition(), key.entry(), item);
    if (old != null) {
      forget(key, old.item());
    }
    if (item != null) {
      remember(key, item.item());
    }
  }

  // Loops rather than streams: every put and delete passes here.

  private void remember(PrimaryKey key, Map<String, AttributeValue> item) {
    for (SecondaryIndex index : definition.allIndexes()) {
      if (index.covers(item)) {
        indexes
            .get(index.name())
            .put(index.partition(item), index.entryKey(key, item), indexEntry(index, item));
      }
    }
    expiry(key, item).ifPresent(expiries::add);
  }

  private void forget(PrimaryKey key, Map<String, AttributeValue> item) {
    for (SecondaryIndex index : definition.allIndexes()) {
      if (index.covers(item)) {
        indexes.get(index.name()).remove(index.partition(item), index.entryKey(key, item));
      }
    }
    expiry(key, item).ifPresent(expiries::remove);
  }

  /** The item in an index's store, sized as the index entry a read of the index evaluates. */
  private StoredItem indexEntry(SecondaryIndex index, Map<String, AttributeValue> item) {
    return new StoredItem(item, ItemSize.of(index.project(item, key())));
  }

  // ------------------------------------------------------------------ settings

  /** Replaces the definition; indexes that are new are built from the items (a backfill). */
  void redefine(TableSettings updated) {
    indexes.keySet().removeIf(name -> updated.index(name).isEmpty());
    definition = updated;
    updated
        .indexes()
        .filter(index -> !indexes.containsKey(index.name()))
        .forEach(
            index -> {
              OrderedStore store = new OrderedStore();
              indexes.put(index.name(), store);
              Iterator<OrderedStore.Entry> all = items.scan(0, null, null);
              while (all.hasNext()) {
                OrderedStore.Entry entry = all.next();
                if (index.covers(entry.item())) {
                  PrimaryKey tableKey = new PrimaryKey(entry.partition(), entry.key().sort());
                  store.put(
                      index.partition(entry.item()),
                      index.entryKey(tableKey, entry.item()),
                      indexEntry(index, entry.item()));
                }
              }
            });
  }

  /** The table's latest stream, enabled or disabled; null if it never had one. */
  TableStream stream() {
    return stream;
  }

  void stream(TableStream latest) {
    stream = latest;
  }

  /**
   * Makes the table's settings, tags, time to live and stream those of the image, keeping its items
   * (recovery replaying a table's image onto the table as the log found it).
   */
  void restore(TableImage image, StreamRegistry streams) {
    if (!definition.equals(image.settings())) {
      redefine(image.settings());
    }
    tags.clear();
    tags.putAll(image.tags());
    if (!java.util.Objects.equals(ttlAttribute, image.ttlAttribute())
        || ttlEnabled != image.ttlEnabled()) {
      timeToLive(image.ttlAttribute(), image.ttlEnabled());
    }
    TableImage.StreamImage latest = image.stream();
    if (latest == null) {
      return;
    }
    if (stream == null || !stream.arn().equals(latest.arn())) {
      stream = latest.restore(streams, definition);
    } else if (latest.disabled() != null && stream.enabled()) {
      stream.disable(latest.disabled());
    }
  }

  String ttlAttribute() {
    return ttlAttribute;
  }

  boolean ttlEnabled() {
    return ttlEnabled;
  }

  /** Turns expiry on (rebuilding the expiry order from the items) or off. */
  void timeToLive(String attribute, boolean enabled) {
    expiries.clear();
    ttlAttribute = attribute;
    ttlEnabled = enabled;
    if (enabled) {
      Iterator<OrderedStore.Entry> all = items.scan(0, null, null);
      while (all.hasNext()) {
        OrderedStore.Entry entry = all.next();
        expiry(new PrimaryKey(entry.partition(), entry.key().sort()), entry.item())
            .ifPresent(expiries::add);
      }
    }
  }

  /**
   * The expiry of an item: its TTL attribute when that is a top-level Number (epoch seconds); items
   * without one, or with another type, never expire (Developer Guide: TTL).
   */
  private Optional<Expiry> expiry(PrimaryKey key, Map<String, AttributeValue> item) {
    return ttlEnabled && item.get(ttlAttribute) instanceof AttributeValue.N n
        ? Optional.of(new Expiry(n.value(), key))
        : Optional.empty();
  }

  /** Whether some item carries a time to live, expired or not. */
  boolean holdsExpiries() {
    return !expiries.isEmpty();
  }

  /** Whether some item expired before {@code nowEpochSeconds}. */
  boolean hasExpired(long nowEpochSeconds) {
    return !expiries.isEmpty()
        && expiries.first().epochSeconds().compareTo(BigDecimal.valueOf(nowEpochSeconds)) < 0;
  }

  /**
   * Deletes every item whose expiry lies before {@code nowEpochSeconds}, indexes included; the
   * stream records carry DynamoDB's service identity.
   */
  void deleteExpired(long nowEpochSeconds) {
    while (hasExpired(nowEpochSeconds)) {
      write(expiries.first().key(), null, UserIdentity.TIME_TO_LIVE);
    }
  }
}
