package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to PutItem, UpdateItem or DeleteItem.
 *
 * @param attributes the attributes asked for by ReturnValues; null when there is nothing to return
 *     (DynamoDB omits the field)
 * @param consumedCapacity null unless asked for
 * @param itemCollectionMetrics the size of the item's collection; null unless asked for on a table
 *     with local secondary indexes
 */
public record WriteResponse(
    Map<String, AttributeValue> attributes,
    ConsumedCapacity consumedCapacity,
    ItemCollectionMetrics itemCollectionMetrics) {
  public WriteResponse {
    attributes = attributes == null ? null : NativeItem.copyOf(attributes);
  }

  /** A response without item collection metrics. */
  public WriteResponse(Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity) {
    this(attributes, consumedCapacity, null);
  }

  public Optional<Map<String, AttributeValue>> attributesIfAny() {
    return Optional.ofNullable(attributes);
  }
}
