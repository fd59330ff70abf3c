package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * Hears every item a table puts or deletes, and every stream record the change writes, at the
 * moment it happens (under the engine's lock).
 */
interface ItemChanges {
  /** For an engine that keeps nothing on disk. */
  ItemChanges NONE = (table, key, item) -> {};

  /**
   * One item changed.
   *
   * @param key the item's key attributes (the whole new item for a put)
   * @param item the item after the change, or null when it was deleted
   */
  void written(String table, Map<String, AttributeValue> key, Map<String, AttributeValue> item);

  /** The change wrote this record on the stream; it is heard before the change itself. */
  default void recorded(String streamArn, ChangeRecord record) {}
}
