package io.keyspan.schema;

import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table shared by several item types (single-table design): the physical table, whose key and
 * index key attributes are strings rendered from each member's key templates, and where each item's
 * type is kept.
 *
 * <p>The type is either written into an attribute on every write ({@link #DEFAULT_TYPE_ATTRIBUTE}
 * unless configured), or, for a table written by other code, derived from the key: an item belongs
 * to the member whose table key templates match its keys ({@link KeyPattern#matches}).
 *
 * @param table the physical table: name, key attributes (S), index attributes, billing
 * @param typeAttribute the attribute holding each item's type; empty when the type is derived from
 *     the key
 */
public record SingleTableDefinition(TableDefinition table, Optional<String> typeAttribute) {

  /** The item-type attribute unless configured otherwise. */
  public static final String DEFAULT_TYPE_ATTRIBUTE = "_type";

  /**
   * @throws IllegalArgumentException when a key attribute of the table is not a string, or the type
   *     attribute is a key attribute of the table or an index
   */
  public SingleTableDefinition {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(typeAttribute, "typeAttribute");
    List<KeyDefinition> keys = new ArrayList<>();
    keys.add(table.partitionKey());
    table.sortKey().ifPresent(keys::add);
    for (KeyDefinition key : keys) {
      if (key.type() != ScalarAttributeType.S) {
        throw new IllegalArgumentException(
            table.name()
                + ": the key attribute "
                + key.name()
                + " is "
                + key.type()
                + "; keys rendered from templates are strings (S)");
      }
    }
    // An index's key attributes may be stored by the members themselves (a multi-attribute
    // index), so they keep any scalar type; none of them may hold the item type.
    for (IndexDefinition index : table.indexes()) {
      keys.addAll(index.partitionKeys());
      keys.addAll(index.sortKeys());
    }
    for (KeyDefinition key : keys) {
      if (typeAttribute.filter(key.name()::equals).isPresent()) {
        throw new IllegalArgumentException(
            table.name() + ": the item-type attribute " + key.name() + " is also a key attribute");
      }
    }
  }

  /** Each item's type in the attribute {@code _type}. */
  public static SingleTableDefinition withTypeAttribute(TableDefinition table) {
    return withTypeAttribute(table, DEFAULT_TYPE_ATTRIBUTE);
  }

  /** Each item's type in this attribute. */
  public static SingleTableDefinition withTypeAttribute(TableDefinition table, String attribute) {
    return new SingleTableDefinition(table, Optional.of(attribute));
  }

  /**
   * No type attribute: each item's type is derived from its keys, for tables written by other code.
   */
  public static SingleTableDefinition withTypeFromKeys(TableDefinition table) {
    return new SingleTableDefinition(table, Optional.empty());
  }

  /**
   * The type an item's attribute names; empty when the attribute is absent or not a string, or when
   * types are derived from keys.
   */
  public Optional<String> typeOf(Map<String, AttributeValue> item) {
    return typeAttribute
        .map(item::get)
        .filter(AttributeValue.S.class::isInstance)
        .map(value -> ((AttributeValue.S) value).value());
  }
}
