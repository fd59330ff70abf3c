package io.keyspan.engine;

/** Whether a response reports the capacity units it consumed, in total or per table and index. */
public enum ReturnConsumedCapacity {
  NONE,
  TOTAL,
  INDEXES;

  /** The value, or NONE (DynamoDB's default) when a request leaves it out. */
  public static ReturnConsumedCapacity orNone(ReturnConsumedCapacity value) {
    return value == null ? NONE : value;
  }
}
