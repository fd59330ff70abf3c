package io.keyspan.memory;

/**
 * What the engine does around each write to keep it: collects the write's changes while it runs,
 * logs them as one record before the write lock is released, and waits for them to be durable
 * before the write is acknowledged.
 */
interface Durability {
  /** Keeps nothing: the plain in-memory engine. */
  Durability NONE =
      new Durability() {
        @Override
        public ItemChanges itemChanges() {
          return ItemChanges.NONE;
        }

        @Override
        public void tableChanged(String tableName) {}

        @Override
        public long commit(Catalog catalog) {
          return 0;
        }

        @Override
        public void awaitDurable(long ticket) {}

        @Override
        public void close(Catalog catalog) {}
      };

  /** Where the catalog's tables report item changes. */
  ItemChanges itemChanges();

  /** The table's settings, tags, time to live or stream changed, or it was created or deleted. */
  void tableChanged(String tableName);

  /**
   * Logs what the write changed, under the engine's write lock, and returns the ticket to wait for:
   * the end of the log after this write, which covers every write committed before it.
   */
  long commit(Catalog catalog);

  /** Returns once everything up to {@code ticket} survives a crash. */
  void awaitDurable(long ticket);

  /** Flushes and releases the storage, under the engine's write lock. */
  void close(Catalog catalog);
}
