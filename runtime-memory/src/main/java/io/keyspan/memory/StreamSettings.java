package io.keyspan.memory;

import io.keyspan.engine.table.StreamSpecification;

/**
 * A table's stream setting: CreateTable and UpdateTable enable and disable it. Enabling makes a new
 * stream with its own ARN and label, as DynamoDB does after a stream is disabled and enabled again
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html); the old one
 * stays readable for 24 hours.
 */
final class StreamSettings {
  private StreamSettings() {}

  /** Checks a requested setting before anything changes; null means "keep as it is". */
  static void check(StreamSpecification requested, StoredTable table, String tableName) {
    if (requested == null) {
      return;
    }
    boolean enabled = table != null && table.stream() != null && table.stream().enabled();
    if (requested.streamEnabled()) {
      if (requested.streamViewType() == null) {
        throw StreamMessages.viewTypeRequired();
      }
      if (enabled) {
        throw StreamMessages.alreadyEnabled(tableName);
      }
    } else if (table != null && !enabled) {
      throw StreamMessages.nothingToDisable(tableName);
    }
  }

  /** Applies a checked setting. */
  static void apply(StreamSpecification requested, StoredTable table, StreamRegistry streams) {
    if (requested == null) {
      return;
    }
    if (requested.streamEnabled()) {
      table.stream(streams.enable(table.definition(), requested.streamViewType()));
    } else if (table.stream() != null) {
      table.stream().disable(streams.now());
    }
  }

  /** Closes the stream of a table being deleted; its records stay readable for 24 hours. */
  static void tableDeleted(StoredTable table, StreamRegistry streams) {
    if (table.stream() != null && table.stream().enabled()) {
      table.stream().disable(streams.now());
    }
  }

  /** What DescribeTable shows. */
  static StreamSpecification of(StoredTable table) {
    TableStream stream = table.stream();
    return stream != null && stream.enabled()
        ? StreamSpecification.enabled(stream.viewType())
        : StreamSpecification.DISABLED;
  }
}
