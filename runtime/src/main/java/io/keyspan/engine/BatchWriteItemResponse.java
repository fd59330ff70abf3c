package io.keyspan.engine;

import java.util.List;
import java.util.Map;

/**
 * The answer to BatchWriteItem.
 *
 * @param unprocessedItems writes not made this time, to send again
 * @param consumedCapacity one entry per table, empty unless asked for
 */
public record BatchWriteItemResponse(
    Map<String, List<WriteRequest>> unprocessedItems, List<ConsumedCapacity> consumedCapacity) {
  public BatchWriteItemResponse {
    unprocessedItems = Tables.copyOfLists(unprocessedItems);
    consumedCapacity = List.copyOf(consumedCapacity);
  }
}
