package io.keyspan.engine;

/**
 * Whether a write reports the size of the item collections it touched: {@code SIZE} does, on tables
 * with local secondary indexes (API PutItem, ReturnItemCollectionMetrics,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html).
 */
public enum ReturnItemCollectionMetrics {
  SIZE,
  NONE;

  /** The value, or NONE (DynamoDB's default) when a request leaves it out. */
  public static ReturnItemCollectionMetrics orNone(ReturnItemCollectionMetrics value) {
    return value == null ? NONE : value;
  }
}
