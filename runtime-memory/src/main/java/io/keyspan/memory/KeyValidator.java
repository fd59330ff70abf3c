package io.keyspan.memory;

import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.eval.Nesting;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.List;
import java.util.Map;

/**
 * Checks keys and items against a table's key schema with DynamoDB's messages (Developer Guide
 * HowItWorks.NamingRulesDataTypes, ServiceQuotas, 1.11 and 1.15; dynalite db/index.js validateKey,
 * validateItem and checkKeySize).
 */
final class KeyValidator {
  private KeyValidator() {}

  static final int MAX_PARTITION_KEY_BYTES = 2048;
  static final int MAX_SORT_KEY_BYTES = 1024;

  /** A key map of Get, Update, Delete or ConditionCheck: exactly the key attributes. */
  static PrimaryKey key(TableSettings table, Map<String, AttributeValue> key) {
    TypedKeySchema schema = table.key();
    if (key.size() != schema.names().size()) {
      throw ErrorMessages.keyMismatch();
    }
    for (TypedKeySchema.Part part : schema.parts()) {
      AttributeValue value = key.get(part.name());
      if (value == null || value.type() != part.type().valueType()) {
        throw ErrorMessages.keyMismatch();
      }
    }
    checkKeyValues(schema, key);
    return PrimaryKey.of(schema, key);
  }

  /** A whole item of a Put: the table's key attributes, right types and sizes, index keys too. */
  static PrimaryKey item(TableSettings table, Map<String, AttributeValue> item) {
    return item(table, item, ItemSize.of(item));
  }

  /** As {@link #item(TableSettings, Map)}, for an item of {@code size} bytes. */
  static PrimaryKey item(TableSettings table, Map<String, AttributeValue> item, long size) {
    TypedKeySchema schema = table.key();
    for (TypedKeySchema.Part part : schema.parts()) {
      String name = part.name();
      AttributeValue value = item.get(name);
      if (value == null) {
        throw ErrorMessages.missingKey(name);
      }
      ScalarAttributeType expected = part.type();
      if (value.type() != expected.valueType()) {
        throw ErrorMessages.keyTypeMismatch(name, expected.name(), value.type().name());
      }
    }
    checkKeyValues(schema, item);
    checkIndexKeys(table, item, false);
    if (Nesting.exceedsLimit(item)) {
      throw ErrorMessages.itemNestedTooDeep();
    }
    if (tooLarge(table, item, size)) {
      throw ErrorMessages.itemTooLarge();
    }
    return PrimaryKey.of(schema, item);
  }

  /**
   * Index key attributes present in the item must have the index's type and a valid value
   * (Developer Guide SecondaryIndexes). An update that breaks this gets DynamoDB's update-specific
   * text.
   */
  static void checkIndexKeys(
      TableSettings table, Map<String, AttributeValue> item, boolean fromUpdate) {
    for (SecondaryIndex index : table.allIndexes()) {
      TypedKeySchema key = index.key();
      for (String name : key.names()) {
        AttributeValue value = item.get(name);
        if (value == null || table.key().contains(name)) {
          continue;
        }
        ScalarAttributeType expected = key.typeOf(name);
        if (value.type() != expected.valueType()) {
          throw fromUpdate
              ? ErrorMessages.updateIndexKeyType()
              : ErrorMessages.indexKeyTypeMismatch(
                  name, expected.name(), value.type().name(), index.name());
        }
        if (isEmpty(value)) {
          throw ErrorMessages.emptyIndexKey(name, kind(value), index.name());
        }
        checkSize(value, key.isPartition(name));
      }
    }
  }

  private static void checkKeyValues(TypedKeySchema schema, Map<String, AttributeValue> key) {
    checkKeyValues(schema.partition(), true, key);
    checkKeyValues(schema.sort(), false, key);
  }

  private static void checkKeyValues(
      List<TypedKeySchema.Part> parts, boolean partition, Map<String, AttributeValue> key) {
    for (TypedKeySchema.Part part : parts) {
      AttributeValue value = key.get(part.name());
      if (isEmpty(value)) {
        throw ErrorMessages.emptyKey(part.name(), kind(value));
      }
      checkSize(value, partition);
    }
  }

  /**
   * Numbers are always within limits (dynalite checkKeySize); S and B count UTF-8 or raw bytes.
   * Each attribute of a multi-attribute key has the limit of its role (unverified against AWS: the
   * Developer Guide states no combined limit).
   */
  private static void checkSize(AttributeValue value, boolean partition) {
    if (value.type() == AttributeValue.Type.N) {
      return;
    }
    long length = length(value);
    if (partition && length > MAX_PARTITION_KEY_BYTES) {
      throw ErrorMessages.hashKeyTooLarge();
    }
    if (!partition && length > MAX_SORT_KEY_BYTES) {
      throw ErrorMessages.rangeKeyTooLarge();
    }
  }

  /**
   * Whether the item breaks the 400 KB limit. On a table with LSIs the limit covers the item plus
   * its entries in every LSI (Developer Guide LSI.html, "Item collections": "For each local
   * secondary index on a table, there is a 400 KB limit on the total of" the item's size and its
   * index entries' sizes).
   */
  /**
   * The 400 KB limit on the item alone, which DynamoDB checks with the request's other values,
   * before it looks the table up: a put of a too large item into a missing table is "Item size has
   * exceeded the maximum allowed size" (dynalite validations/putItem.js and batchWriteItem.js). The
   * local index entries count once the table is known ({@link #tooLarge}).
   */
  static long checkItemSize(Map<String, AttributeValue> item) {
    long size = ItemSize.of(item);
    if (size > ItemSize.MAX_ITEM_BYTES) {
      throw ErrorMessages.itemTooLarge();
    }
    return size;
  }

  static boolean tooLarge(TableSettings table, Map<String, AttributeValue> item) {
    return tooLarge(table, item, ItemSize.of(item));
  }

  /** Whether the item, of {@code itemSize} bytes, breaks the 400 KB limit. */
  static boolean tooLarge(TableSettings table, Map<String, AttributeValue> item, long itemSize) {
    long size = itemSize;
    for (SecondaryIndex index : table.localIndexes()) {
      if (index.covers(item)) {
        size += ItemSize.of(index.project(item, table.key()));
      }
    }
    return size > ItemSize.MAX_ITEM_BYTES;
  }

  /** An empty S or B, which no key of a table or index may be. */
  static boolean isEmpty(AttributeValue value) {
    return value.type() != AttributeValue.Type.N && length(value) == 0;
  }

  private static long length(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return ItemSize.utf8Length(s.value());
    }
    if (value instanceof AttributeValue.B b) {
      return b.value().length();
    }
    return 1;
  }

  private static String kind(AttributeValue value) {
    return value.type() == AttributeValue.Type.B ? "binary" : "string";
  }
}
