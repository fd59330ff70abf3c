package io.keyspan.engine.table;

/** The role of a key attribute: HASH is the partition key, RANGE the sort key. */
public enum KeyType {
  HASH,
  RANGE
}
