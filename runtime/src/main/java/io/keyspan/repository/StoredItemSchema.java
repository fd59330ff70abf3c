package io.keyspan.repository;

import io.keyspan.schema.SingleTableSchema;
import io.keyspan.schema.StoredItem;
import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.TableSchema;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * A single table seen as one table of {@link StoredItem}s, so collection queries, scans and table
 * management run on the ordinary repository machinery: reading dispatches to the member schemas and
 * hands over unknown items; writing an unknown item writes its attributes back as they were.
 */
final class StoredItemSchema<T> implements TableSchema<StoredItem<T>> {
  private final SingleTableSchema<T> schema;

  StoredItemSchema(SingleTableSchema<T> schema) {
    this.schema = schema;
  }

  @Override
  public TableDefinition definition() {
    return schema.definition().table();
  }

  @Override
  public Map<String, AttributeValue> toItem(StoredItem<T> item) {
    if (item instanceof StoredItem.Typed<T> typed) {
      return schema.write(typed.item());
    }
    return ((StoredItem.Unknown<T>) item).item().attributes();
  }

  @Override
  public StoredItem<T> fromItem(Map<String, AttributeValue> item) {
    return schema.read(item);
  }

  /** The member schemas name the table in their errors already. */
  @Override
  public Map<String, AttributeValue> write(StoredItem<T> item) {
    return toItem(item);
  }

  /** The member schemas name the item's key in their errors already. */
  @Override
  public StoredItem<T> read(Map<String, AttributeValue> item) {
    return fromItem(item);
  }
}
