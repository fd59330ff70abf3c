package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
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

  /**
   * The stream of a table being deleted, closed at the deletion
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html: its records
   * stay readable for 24 hours); logged before the {@link TableDropped} that follows it.
   */
  record StreamClosed(String streamArn, Instant disabled) implements Change {
    @Override
    public void replay(Catalog catalog) {
      TableStream stream = catalog.streams.stored(streamArn);
      if (stream != null && stream.enabled()) {
        stream.disable(disabled);
      }
    }
  }

  /** A table deleted. */
  record TableDropped(String name) implements Change {
    @Override
    public void replay(Catalog catalog) {
      catalog.tables.remove(name);
    }
  }

  /**
   * A record a write put on a stream, logged with the write so a crash never keeps one without the
   * other. Replaying puts the record back as it was; it is never made again.
   */
  record StreamRecorded(String streamArn, ChangeRecord record) implements Change {
    @Override
    public void replay(Catalog catalog) {
      TableStream stream = catalog.streams.stored(streamArn);
      if (stream == null) {
        throw new IllegalStateException(
            "The log holds a record of stream " + streamArn + ", which it never created");
      }
      stream.restore(record);
    }
  }
}
