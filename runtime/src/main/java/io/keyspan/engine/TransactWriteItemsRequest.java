package io.keyspan.engine;

import java.util.List;

/**
 * TransactWriteItems: 1 to 100 actions on distinct items, all applied or none.
 *
 * @param clientRequestToken makes a retried request idempotent for 10 minutes; null for none
 */
public record TransactWriteItemsRequest(
    List<TransactWriteItem> transactItems,
    String clientRequestToken,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics) {
  public TransactWriteItemsRequest {
    transactItems = List.copyOf(transactItems);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
    returnItemCollectionMetrics = ReturnItemCollectionMetrics.orNone(returnItemCollectionMetrics);
  }

  /** A transaction that reports no item collection metrics. */
  public TransactWriteItemsRequest(
      List<TransactWriteItem> transactItems,
      String clientRequestToken,
      ReturnConsumedCapacity returnConsumedCapacity) {
    this(
        transactItems,
        clientRequestToken,
        returnConsumedCapacity,
        ReturnItemCollectionMetrics.NONE);
  }

  /** This transaction with another capacity report level. */
  public TransactWriteItemsRequest withReturnConsumedCapacity(ReturnConsumedCapacity level) {
    return new TransactWriteItemsRequest(
        transactItems, clientRequestToken, level, returnItemCollectionMetrics);
  }
}
