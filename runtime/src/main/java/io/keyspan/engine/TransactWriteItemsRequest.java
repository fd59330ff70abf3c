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
    ReturnConsumedCapacity returnConsumedCapacity) {
  public TransactWriteItemsRequest {
    transactItems = List.copyOf(transactItems);
    returnConsumedCapacity =
        returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
  }
}
