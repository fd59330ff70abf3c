package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * Everything Keyspan knows about one table type: the table's definition and the mapping of its
 * items. Generated for every {@code @Table} type {@code T} as {@code TSchema}, with straight-line
 * {@link #toItem}/{@link #fromItem} code and one typed attribute constant per attribute.
 *
 * @param <T> the item type
 */
public interface TableSchema<T> {

  /** The table: name, keys, indexes, billing, and the attributes Keyspan maintains. */
  TableDefinition definition();

  /** The whole item; null properties are left out, since DynamoDB stores null as absent. */
  Map<String, AttributeValue> toItem(T item);

  /** The Java object of a stored item; absent attributes become null (or the primitive default). */
  T fromItem(Map<String, AttributeValue> item);

  /** The primary key of an item: its partition key and sort key attributes only. */
  default Map<String, AttributeValue> keyOf(T item) {
    return definition().keyOf(toItem(item));
  }
}
