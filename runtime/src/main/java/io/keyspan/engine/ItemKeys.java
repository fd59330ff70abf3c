package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/** Checks shared by the requests on one item by its key. */
final class ItemKeys {
  private ItemKeys() {}

  /** An immutable copy of {@code key}; a null table name or key is a programming error. */
  static Map<String, AttributeValue> copy(String tableName, Map<String, AttributeValue> key) {
    Objects.requireNonNull(tableName, "tableName");
    return Map.copyOf(Objects.requireNonNull(key, "key"));
  }
}
