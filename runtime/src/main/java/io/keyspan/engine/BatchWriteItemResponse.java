package io.keyspan.engine;

import java.util.List;
import java.util.Map;

/**
 * The answer to BatchWriteItem.
 *
 * @param unprocessedItems writes not made this time, to send again
 * @param consumedCapacity one entry per table, empty unless asked for
 * @param itemCollectionMetrics per table, the item collections the writes touched; empty unless
 *     asked for, and only tables with local secondary indexes appear
 */
public record BatchWriteItemResponse(
    Map<String, List<WriteRequest>> unprocessedItems,
    List<ConsumedCapacity> consumedCapacity,
    Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
  public BatchWriteItemResponse {
    unprocessedItems = Tables.copyOfLists(unprocessedItems);
    consumedCapacity = List.copyOf(consumedCapacity);
    itemCollectionMetrics = Tables.copyOfLists(itemCollectionMetrics);
  }

  /** A response without item collection metrics. */
  public BatchWriteItemResponse(
      Map<String, List<WriteRequest>> unprocessedItems, List<ConsumedCapacity> consumedCapacity) {
    this(unprocessedItems, consumedCapacity, Map.of());
  }
}
