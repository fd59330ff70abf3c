package io.keyspan.engine.table;

/** The life-cycle state of a table or index. */
public enum TableStatus {
  CREATING,
  UPDATING,
  DELETING,
  ACTIVE
}
