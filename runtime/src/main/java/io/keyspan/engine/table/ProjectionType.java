package io.keyspan.engine.table;

/** Which attributes a secondary index copies from the table. */
public enum ProjectionType {
  /** Every attribute of the item. */
  ALL,
  /** Only the table's and the index's key attributes. */
  KEYS_ONLY,
  /** The keys plus the listed non-key attributes. */
  INCLUDE
}
