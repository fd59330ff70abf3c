package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * One committed change as the write-ahead log keeps it: the state after the change (an after
 * image), never the request that made it, so recovery applies it without re-running any rule.
 */
sealed interface Change {
  /** Applies the change to a catalog being recovered. */
  void replay(Catalog catalog);

  /** An item put (item non-null) or deleted (item null); key holds the key attributes. */
  record ItemWritten(
      String table, Map<String, AttributeValue> key, Map<String, AttributeValue> item)
      implements Change {
    @Override
    public void replay(Catalog catalog) {
      StoredTable stored = catalog.tables.get(table);
      if (stored == null) {
        throw new IllegalStateException(
            "The log writes an item of table " + table + ", which it never created");
      }
      stored.restore(PrimaryKey.of(stored.key(), key), item);
    }
  }

  /** A table created, or its settings, tags, time to live or stream changed: its new image. */
  record TableDefined(TableImage image) implements Change {
    @Override
    public void replay(Catalog catalog) {
      StoredTable stored =
          catalog.tables.computeIfAbsent(
              image.settings().name(), name -> new StoredTable(image.settings(), catalog.changes));
      stored.restore(image, catalog.streams);
    }
  }

  /** A table deleted. */
  record TableDropped(String name) implements Change {
    @Override
    public void replay(Catalog catalog) {
      catalog.tables.remove(name);
    }
  }
}
