package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema of one member type of a single table ({@code OrderSchema} for {@code record Order
 * implements ShopItem}): a {@link TableSchema} whose items carry, besides the member's own
 * attributes, the key attributes rendered from its templates and its item type. Generated code
 * implements {@link #layout}, {@link #attributesOf} and {@link #fromAttributes}; the rest follows.
 *
 * @param <M> the member type
 */
public interface MemberSchema<M> extends TableSchema<M> {

  /** The member's item type, key templates and template components. */
  MemberLayout<M> layout();

  /** The member's own attributes, as a plain {@code toItem} writes them; null values left out. */
  Map<String, AttributeValue> attributesOf(M item);

  /** The member's object from its own attributes, as a plain {@code fromItem} reads them. */
  M fromAttributes(Map<String, AttributeValue> item);

  /** The item type written into (or derived for) every item of this member: {@code ORDER}. */
  default String itemType() {
    return layout().itemType();
  }

  /** The member's class. */
  default Class<M> itemClass() {
    return layout().itemClass();
  }

  /**
   * The shared physical table; a generated schema overrides it when the member adds maintained
   * attributes (version, counters, timestamps).
   */
  @Override
  default TableDefinition definition() {
    return layout().table().table();
  }

  /**
   * The member's attributes, plus its primary key, the keys of the indexes whose components are all
   * present (sparse indexes), and the item type.
   */
  @Override
  default Map<String, AttributeValue> toItem(M item) {
    Map<String, AttributeValue> stored = new LinkedHashMap<>(attributesOf(item));
    stored.putAll(layout().keyAttributes(item));
    return stored;
  }

  /**
   * @throws MappingException naming the type found and this member's when the item is of another
   *     type
   */
  @Override
  default M fromItem(Map<String, AttributeValue> item) {
    layout().checkType(item);
    return fromAttributes(item);
  }
}
