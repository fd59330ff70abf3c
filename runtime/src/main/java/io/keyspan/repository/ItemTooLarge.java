package io.keyspan.repository;

import io.keyspan.exception.ValidationException;
import io.keyspan.schema.TableDefinition;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.Map;

/**
 * DynamoDB's "Item size has exceeded the maximum allowed size" names neither the item nor the
 * attribute; a put through a repository adds both, after DynamoDB's text, so the fix is plain.
 * Items are limited to 400 KB:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html
 */
final class ItemTooLarge {
  private ItemTooLarge() {}

  /**
   * The error with the item's key, size and largest attribute when the item is too large; else the
   * error itself.
   */
  static ValidationException detailed(
      ValidationException error, TableDefinition table, Map<String, AttributeValue> item) {
    long size = ItemSize.of(item);
    if (size <= ItemSize.MAX_ITEM_BYTES) {
      return error;
    }
    Map.Entry<String, AttributeValue> largest = null;
    long largestSize = -1;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      long attributeSize =
          ItemSize.utf8Length(attribute.getKey()) + ItemSize.of(attribute.getValue());
      if (attributeSize > largestSize) {
        largest = attribute;
        largestSize = attributeSize;
      }
    }
    return new ValidationException(
        error.getMessage()
            + ": "
            + table.describe(item)
            + " has "
            + size
            + " bytes, more than "
            + ItemSize.MAX_ITEM_BYTES
            + "; its largest attribute is "
            + largest.getKey()
            + " with "
            + largestSize
            + " bytes",
        error);
  }
}
