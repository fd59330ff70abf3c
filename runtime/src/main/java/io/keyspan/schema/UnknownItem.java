package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * An item of a single table that no member type reads: its type attribute names no member, is
 * absent, or (for types derived from keys) its keys match no member's templates. Reads hand it over
 * as it is instead of failing, so data written by other code or by a newer version stays visible.
 *
 * @param itemType the type the item's type attribute names; empty when absent or not a string
 * @param attributes the item as stored
 */
public record UnknownItem(Optional<String> itemType, Map<String, AttributeValue> attributes) {
  public UnknownItem {
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
  }
}
