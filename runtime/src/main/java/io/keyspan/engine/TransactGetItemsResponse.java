package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to TransactGetItems: one entry per requested read, in request order; an entry is empty
 * when no item had that key.
 */
public record TransactGetItemsResponse(
    List<Optional<Map<String, AttributeValue>>> responses,
    List<ConsumedCapacity> consumedCapacity) {
  public TransactGetItemsResponse {
    responses = List.copyOf(responses);
    consumedCapacity = List.copyOf(consumedCapacity);
  }
}
