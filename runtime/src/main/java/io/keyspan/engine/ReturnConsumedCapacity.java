package io.keyspan.engine;

/** Whether a response reports the capacity units it consumed, in total or per table and index. */
public enum ReturnConsumedCapacity {
  NONE,
  TOTAL,
  INDEXES
}
