package io.keyspan.engine;

import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The keys to read from one table in a BatchGetItem, with that table's projection and consistency.
 *
 * @param projection null for whole items
 */
public record KeysAndAttributes(
    List<Map<String, AttributeValue>> keys, Projection projection, boolean consistentRead) {
  public KeysAndAttributes {
    keys = keys.stream().map(Map::copyOf).toList();
  }

  public static KeysAndAttributes of(List<Map<String, AttributeValue>> keys) {
    return new KeysAndAttributes(keys, null, false);
  }
}
