package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to GetItem.
 *
 * @param item the item (projected when asked); null when no item has the key
 * @param consumedCapacity null unless asked for
 */
public record GetItemResponse(Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity) {
  public GetItemResponse {
    item = item == null ? null : NativeItem.copyOf(item);
  }

  public Optional<Map<String, AttributeValue>> itemIfAny() {
    return Optional.ofNullable(item);
  }
}
