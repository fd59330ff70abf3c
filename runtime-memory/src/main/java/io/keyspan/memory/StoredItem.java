package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.Map;

/**
 * An immutable item as a store holds it, with its size by DynamoDB's rule ({@link ItemSize})
 * computed once when it is written: reads, pages, capacity and the table's size then never walk the
 * item again. In an index's store the size is that of the item's index entry (its projection),
 * which is what a read of the index evaluates.
 */
record StoredItem(Map<String, AttributeValue> item, long size) {

  static StoredItem of(Map<String, AttributeValue> item) {
    return new StoredItem(item, ItemSize.of(item));
  }

  /** The item, or null when nothing is stored. */
  static Map<String, AttributeValue> itemOf(StoredItem stored) {
    return stored == null ? null : stored.item();
  }

  /** The size, or 0 when nothing is stored. */
  static long sizeOf(StoredItem stored) {
    return stored == null ? 0 : stored.size();
  }
}
