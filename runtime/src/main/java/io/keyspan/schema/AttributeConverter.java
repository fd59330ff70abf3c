package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.util.Objects;
import java.util.function.Function;

/**
 * Converts one Java type to a DynamoDB attribute value and back. Keyspan has converters for the
 * built-in types ({@link Converters}); declare your own with {@code @Convert} on an attribute, as a
 * class with a public no-argument constructor.
 *
 * <p>Neither method sees {@code null}: a null Java value is stored as an absent attribute, and an
 * absent (or NULL) attribute is read as {@code null} without calling the converter.
 *
 * @param <V> the Java type
 */
public interface AttributeConverter<V> {

  /**
   * The attribute value for a non-null Java value, or {@code null} to store nothing (an empty set,
   * which DynamoDB cannot store).
   */
  AttributeValue toAttributeValue(V value);

  /**
   * The Java value of a stored attribute value (never NULL).
   *
   * @throws MappingException when the value has a type this converter cannot read
   */
  V fromAttributeValue(AttributeValue value);

  /**
   * The value in a codec's own form, or {@code null} to store nothing: exactly what {@link
   * #toAttributeValue} stores. The built-in converters build it directly; this default goes through
   * Keyspan's value.
   */
  default <N> N encode(V value, ValueCodec<N> codec) {
    AttributeValue stored = toAttributeValue(value);
    return stored == null ? null : codec.of(stored);
  }

  /**
   * The Java value of a codec's stored value (never NULL), exactly as {@link #fromAttributeValue}
   * reads it. The built-in converters read it directly; this default goes through Keyspan's value.
   *
   * @throws MappingException when the value has a type this converter cannot read
   */
  default <N> V decode(N value, ValueCodec<N> codec) {
    return fromAttributeValue(codec.toKeyspan(value));
  }

  /** A converter from two functions. */
  static <V> AttributeConverter<V> of(
      Function<? super V, ? extends AttributeValue> to,
      Function<? super AttributeValue, ? extends V> from) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(from, "from");
    return new AttributeConverter<>() {
      @Override
      public AttributeValue toAttributeValue(V value) {
        return to.apply(value);
      }

      @Override
      public V fromAttributeValue(AttributeValue value) {
        return from.apply(value);
      }
    };
  }
}
