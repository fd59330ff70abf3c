package io.keyspan.schema;

import io.keyspan.value.ValueCodec;
import java.util.Map;

/**
 * Reads and writes primitive {@code int}, {@code long}, {@code double} and {@code boolean}
 * properties, and {@code String} properties, stored by the built-in converters in an engine's own
 * item: without boxing, and with no call through the converter in the plain case. Generated code
 * calls these for such properties; each falls back to the attribute's converter (and so to its
 * exact result or error) whenever the stored value is not the plain case: another type, NULL,
 * absent, or a number that is not a plain integer of the Java type.
 */
public final class PrimitiveFields {
  private PrimitiveFields() {}

  /** For a {@code String} property stored by {@code Converters.STRING}; null is left absent. */
  public static <N> void writeString(
      TypedAttribute<String> attribute, Map<String, N> item, String value, ValueCodec<N> codec) {
    if (value != null) {
      item.put(attribute.name(), codec.string(value));
    }
  }

  public static <N> void writeInt(
      TypedAttribute<Integer> attribute, Map<String, N> item, int value, ValueCodec<N> codec) {
    item.put(attribute.name(), codec.number(Integer.toString(value)));
  }

  public static <N> void writeLong(
      TypedAttribute<Long> attribute, Map<String, N> item, long value, ValueCodec<N> codec) {
    item.put(attribute.name(), codec.number(Long.toString(value)));
  }

  public static <N> void writeBoolean(
      TypedAttribute<Boolean> attribute, Map<String, N> item, boolean value, ValueCodec<N> codec) {
    item.put(attribute.name(), codec.bool(value));
  }

  /** NaN, infinities and values far from 1 take the converter's path, with its errors. */
  public static <N> void writeDouble(
      TypedAttribute<Double> attribute, Map<String, N> item, double value, ValueCodec<N> codec) {
    String text = NumberText.ofDouble(value);
    if (text == null) {
      attribute.write(item, value, codec);
    } else {
      item.put(attribute.name(), codec.number(text));
    }
  }

  /** For a {@code String} property stored by {@code Converters.STRING}. */
  public static <N> String readString(
      TypedAttribute<String> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    String text = stored == null ? null : codec.stringOf(stored);
    return text != null ? text : attribute.read(item, codec);
  }

  public static <N> int readInt(
      TypedAttribute<Integer> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    String text = stored == null ? null : codec.numberOf(stored);
    // ten digits cannot overflow a long; beyond int's range the converter gives its exact error
    long value = text == null ? NumberText.NOT_PLAIN : NumberText.plainInteger(text, 10);
    if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
      return (int) value;
    }
    return attribute.read(item, 0, codec);
  }

  public static <N> long readLong(
      TypedAttribute<Long> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    String text = stored == null ? null : codec.numberOf(stored);
    // 19 digits may not fit: the converter reads them exactly
    long value = text == null ? NumberText.NOT_PLAIN : NumberText.plainInteger(text, 18);
    if (value != NumberText.NOT_PLAIN) {
      return value;
    }
    return attribute.read(item, 0L, codec);
  }

  public static <N> double readDouble(
      TypedAttribute<Double> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    String text = stored == null ? null : codec.numberOf(stored);
    if (text != null && NumberText.isDecimal(text)) {
      return Double.parseDouble(text);
    }
    return attribute.read(item, 0d, codec);
  }

  public static <N> boolean readBoolean(
      TypedAttribute<Boolean> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    Boolean value = stored == null ? null : codec.boolOf(stored);
    if (value != null) {
      return value;
    }
    return attribute.read(item, false, codec);
  }
}
