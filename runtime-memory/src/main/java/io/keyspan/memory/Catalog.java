package io.keyspan.memory;

import java.time.Clock;
import java.util.TreeMap;

/**
 * The engine's tables by name, in name order, their streams, and the clock. Guarded by the engine's
 * lock.
 */
final class Catalog {
  final TreeMap<String, StoredTable> tables = new TreeMap<>();
  final Clock clock;
  final StreamRegistry streams;

  /** Where the tables report their item writes (a data directory logs them). */
  final ItemChanges changes;

  Catalog(Clock clock, ItemChanges changes) {
    this.clock = clock;
    this.streams = new StreamRegistry(clock);
    this.changes = changes;
  }

  /** A table for a data-plane request; a missing one is "Requested resource not found". */
  StoredTable table(String name) {
    StoredTable table = tables.get(name);
    if (table == null) {
      throw ErrorMessages.tableNotFound();
    }
    return table;
  }

  /** A table for a control-plane request, whose message names the table. */
  StoredTable namedTable(String name) {
    StoredTable table = tables.get(name);
    if (table == null) {
      throw ErrorMessages.tableNotFound(name);
    }
    return table;
  }

  long nowEpochSeconds() {
    return clock.instant().getEpochSecond();
  }

  /** Whether time to live has items to delete now. */
  boolean hasExpired() {
    // Reading the clock costs about as much as a lookup, so it is read only when some table holds
    // an item with a time to live.
    for (StoredTable table : tables.values()) {
      if (table.holdsExpiries()) {
        return hasExpired(nowEpochSeconds());
      }
    }
    return false;
  }

  private boolean hasExpired(long now) {
    for (StoredTable table : tables.values()) {
      if (table.hasExpired(now)) {
        return true;
      }
    }
    return false;
  }

  /** Deletes the items whose time to live has passed, as DynamoDB's background process does. */
  void deleteExpired() {
    if (!hasExpired()) {
      return;
    }
    long now = nowEpochSeconds();
    tables.values().forEach(table -> table.deleteExpired(now));
  }
}
