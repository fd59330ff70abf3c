package io.keyspan.engine;

import java.util.List;
import java.util.Map;

/**
 * The answer to TransactWriteItems.
 *
 * @param consumedCapacity the capacity consumed per table, empty unless asked for
 * @param itemCollectionMetrics per table, the item collections the actions touched; empty unless
 *     asked for, and only tables with local secondary indexes appear
 */
public record TransactWriteItemsResponse(
    List<ConsumedCapacity> consumedCapacity,
    Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
  public TransactWriteItemsResponse {
    consumedCapacity = List.copyOf(consumedCapacity);
    itemCollectionMetrics = Tables.copyOfLists(itemCollectionMetrics);
  }

  /** A response without item collection metrics. */
  public TransactWriteItemsResponse(List<ConsumedCapacity> consumedCapacity) {
    this(consumedCapacity, Map.of());
  }
}
