package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a Query or Scan.
 *
 * @param items the items that passed the filter, projected; empty for {@link Select#COUNT}
 * @param count the number of items that passed the filter
 * @param scannedCount the number of items evaluated before the filter
 * @param lastEvaluatedKey where the next page starts; null when the read is complete
 * @param consumedCapacity null unless asked for
 */
public record PageResponse(
    List<Map<String, AttributeValue>> items,
    int count,
    int scannedCount,
    Map<String, AttributeValue> lastEvaluatedKey,
    ConsumedCapacity consumedCapacity) {
  public PageResponse {
    items = List.copyOf(items);
    lastEvaluatedKey = lastEvaluatedKey == null ? null : Map.copyOf(lastEvaluatedKey);
  }

  public Optional<Map<String, AttributeValue>> lastEvaluatedKeyIfAny() {
    return Optional.ofNullable(lastEvaluatedKey);
  }
}
