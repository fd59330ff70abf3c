package io.keyspan.repository.changes;

/** The two ends of a table's change feed. */
public enum ChangeStart implements StartingPosition {
  /**
   * The oldest change still retained (24 hours): every shard from its beginning. The same as
   * resuming from {@link Checkpoint#EMPTY}.
   */
  TRIM_HORIZON,
  /**
   * Only changes made after {@link Changes#from} returns: the shards open then start at their tip;
   * shards that open later (children, a re-enabled stream) are read from their beginning.
   */
  LATEST
}
