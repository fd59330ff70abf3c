package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The answer to BatchGetItem.
 *
 * @param responses the items found, per table; missing items are simply absent
 * @param unprocessedKeys the keys not read this time (for example past 16 MB), to send again
 * @param consumedCapacity one entry per table, empty unless asked for
 */
public record BatchGetItemResponse(
    Map<String, List<Map<String, AttributeValue>>> responses,
    Map<String, KeysAndAttributes> unprocessedKeys,
    List<ConsumedCapacity> consumedCapacity) {
  public BatchGetItemResponse {
    responses = Map.copyOf(responses);
    unprocessedKeys = Map.copyOf(unprocessedKeys);
    consumedCapacity = List.copyOf(consumedCapacity);
  }
}
