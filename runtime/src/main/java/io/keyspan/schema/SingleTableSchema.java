package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of a single table whose items are the members of a sealed type {@code T} ({@code
 * ShopItemSchema} for {@code sealed interface ShopItem permits Customer, Order, OrderLine}).
 * Generated code implements {@link #definition} and {@link #members}; writing picks the member of
 * an object, reading the member of a stored item, and an item no member reads comes back as an
 * {@link UnknownItem}, never as an error.
 *
 * @param <T> the sealed root type
 */
public interface SingleTableSchema<T> {

  /** The physical table and where item types are kept. */
  SingleTableDefinition definition();

  /**
   * The member schemas, one per permitted subtype. A method rather than a constant, so the member
   * schemas' constants (which refer to this table's definition) are initialised first.
   */
  List<MemberSchema<? extends T>> members();

  /**
   * The member schema of an object.
   *
   * @throws IllegalArgumentException for an object of no member type
   */
  default MemberSchema<? extends T> memberOf(T item) {
    for (MemberSchema<? extends T> member : members()) {
      if (member.itemClass().isInstance(item)) {
        return member;
      }
    }
    throw new IllegalArgumentException(
        item.getClass().getName() + " is not a member of " + definition().table().name());
  }

  /** The member schema of an item type: {@code CUSTOMER}. */
  default Optional<MemberSchema<? extends T>> member(String itemType) {
    return members().stream().filter(member -> member.itemType().equals(itemType)).findFirst();
  }

  /** The whole item of an object, written by its member's schema. */
  default Map<String, AttributeValue> write(T item) {
    return writeAs(memberOf(item), item);
  }

  /**
   * A stored item as its member's object, or an {@link UnknownItem} when its type names no member,
   * is missing, or (types derived from keys) its keys match no member's templates or several.
   *
   * @throws MappingException when the item is of a member type but its attributes do not convert
   */
  default StoredItem<T> read(Map<String, AttributeValue> item) {
    List<MemberSchema<? extends T>> readers =
        members().stream().filter(member -> member.layout().isTypeOf(item)).toList();
    if (readers.size() != 1) {
      return new StoredItem.Unknown<>(new UnknownItem(definition().typeOf(item), item));
    }
    return new StoredItem.Typed<>(readers.get(0).read(item));
  }

  private static <M> Map<String, AttributeValue> writeAs(MemberSchema<M> member, Object item) {
    return member.write(member.itemClass().cast(item));
  }
}
