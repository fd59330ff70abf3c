package io.keyspan.engine;

import java.util.List;
import java.util.Map;

/**
 * BatchWriteItem: up to 25 puts and deletes on one or more tables. Each write is atomic on its own;
 * the batch is not.
 */
public record BatchWriteItemRequest(
    Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
  public BatchWriteItemRequest {
    requestItems = Tables.copyOfLists(requestItems);
    returnConsumedCapacity =
        returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
  }
}
