package io.keyspan.engine;

import java.util.List;

/** TransactGetItems: 1 to 100 reads that see one consistent state. */
public record TransactGetItemsRequest(
    List<TransactGetItem> transactItems, ReturnConsumedCapacity returnConsumedCapacity) {
  public TransactGetItemsRequest {
    transactItems = List.copyOf(transactItems);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
  }
}
