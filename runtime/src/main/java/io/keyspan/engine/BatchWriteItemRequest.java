package io.keyspan.engine;

import java.util.List;
import java.util.Map;

/**
 * BatchWriteItem: up to 25 puts and deletes on one or more tables. Each write is atomic on its own;
 * the batch is not.
 */
public record BatchWriteItemRequest(
    Map<String, List<WriteRequest>> requestItems,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics) {
  public BatchWriteItemRequest {
    requestItems = Tables.copyOfLists(requestItems);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
    returnItemCollectionMetrics = ReturnItemCollectionMetrics.orNone(returnItemCollectionMetrics);
  }

  /** A batch that reports no item collection metrics. */
  public BatchWriteItemRequest(
      Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    this(requestItems, returnConsumedCapacity, ReturnItemCollectionMetrics.NONE);
  }

  /** This batch with another capacity report level. */
  public BatchWriteItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity level) {
    return new BatchWriteItemRequest(requestItems, level, returnItemCollectionMetrics);
  }
}
