package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The size of one item collection (the items that share a partition-key value, with their local
 * index entries), as a write reports it when asked for {@link ReturnItemCollectionMetrics#SIZE} on
 * a table with local secondary indexes
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html).
 *
 * @param itemCollectionKey the partition-key attribute and its value
 * @param sizeEstimateLowerGb the lower bound of the size estimate, in GB
 * @param sizeEstimateUpperGb the upper bound of the size estimate, in GB
 */
public record ItemCollectionMetrics(
    Map<String, AttributeValue> itemCollectionKey,
    double sizeEstimateLowerGb,
    double sizeEstimateUpperGb) {
  public ItemCollectionMetrics {
    itemCollectionKey = Map.copyOf(Objects.requireNonNull(itemCollectionKey, "itemCollectionKey"));
  }

  /** The estimate as DynamoDB sends it in {@code SizeEstimateRangeGB}: lower, then upper bound. */
  public List<Double> sizeEstimateRangeGb() {
    return List.of(sizeEstimateLowerGb, sizeEstimateUpperGb);
  }
}
