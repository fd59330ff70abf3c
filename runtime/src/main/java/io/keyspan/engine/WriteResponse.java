package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to PutItem, UpdateItem or DeleteItem.
 *
 * @param attributes the attributes asked for by ReturnValues; null when there is nothing to return
 *     (DynamoDB omits the field)
 * @param consumedCapacity null unless asked for
 */
public record WriteResponse(
    Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity) {
  public WriteResponse {
    attributes = attributes == null ? null : Map.copyOf(attributes);
  }

  public Optional<Map<String, AttributeValue>> attributesIfAny() {
    return Optional.ofNullable(attributes);
  }
}
