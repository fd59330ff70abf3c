package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import io.keyspan.value.NativeItem;
import io.keyspan.value.ValueCodec;
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

  /**
   * {@link #fromItem}, as repositories call it: a {@link MappingException} names the table and the
   * item's key before the attribute ({@code Music{Artist=Acme Band, SongTitle=Happy Day}: attribute
   * Awards: the number 1.5 does not fit in an int}). An item an engine answered in its own values
   * (a {@link NativeItem}) is mapped from those values, with no Keyspan item in between.
   */
  default T read(Map<String, AttributeValue> item) {
    if (item instanceof NativeItem<?> held) {
      return readHeld(held);
    }
    try {
      return fromItem(item);
    } catch (MappingException e) {
      throw new MappingException(definition().describe(item) + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@link #toItem}, as repositories call it: a {@link MappingException} or {@link
   * InvalidValueException} names the table before the attribute ({@code Music: attribute Price:
   * Attempting to store more than 38 significant digits in a Number}).
   */
  default Map<String, AttributeValue> write(T item) {
    try {
      return toItem(item);
    } catch (MappingException e) {
      throw new MappingException(definition().name() + ": " + e.getMessage(), e);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(definition().name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@link #toItem(Object)} in an engine's own values, with no Keyspan item in between: the same
   * attributes and the same values. Generated schemas build them directly; this default converts
   * Keyspan's item.
   */
  default <N> Map<String, N> toItem(T item, ValueCodec<N> codec) {
    return NativeItem.encode(toItem(item), codec);
  }

  /**
   * {@link #fromItem(Map)} from an engine's own values, validating only what the mapping reads.
   * Generated schemas read them directly; this default converts to Keyspan's item.
   */
  default <N> T fromItem(Map<String, N> item, ValueCodec<N> codec) {
    return fromItem(NativeItem.of(item, codec));
  }

  /** {@link #read(Map)} from an engine's own values: errors name the table and the item's key. */
  default <N> T read(Map<String, N> item, ValueCodec<N> codec) {
    try {
      return fromItem(item, codec);
    } catch (MappingException e) {
      throw new MappingException(
          definition().describe(NativeItem.of(item, codec)) + ": " + e.getMessage(), e);
    }
  }

  /** An engine's item, mapped from the engine's own values: one conversion, no Keyspan item. */
  private <N> T readHeld(NativeItem<N> item) {
    return read(item.nativeValues(), item.codec());
  }

  /** {@link #write(Object)} in an engine's own values: errors name the table. */
  default <N> Map<String, N> write(T item, ValueCodec<N> codec) {
    try {
      return toItem(item, codec);
    } catch (MappingException e) {
      throw new MappingException(definition().name() + ": " + e.getMessage(), e);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(definition().name() + ": " + e.getMessage(), e);
    }
  }

  /** The primary key of an item: its partition key and sort key attributes only. */
  default Map<String, AttributeValue> keyOf(T item) {
    return definition().keyOf(write(item));
  }
}
