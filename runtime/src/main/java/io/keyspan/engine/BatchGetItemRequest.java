package io.keyspan.engine;

import java.util.Map;

/** BatchGetItem: up to 100 items by key, from one or more tables, in no particular order. */
public record BatchGetItemRequest(
    Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
  public BatchGetItemRequest {
    requestItems = Map.copyOf(requestItems);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
  }
}
