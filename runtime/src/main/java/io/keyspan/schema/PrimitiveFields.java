package io.keyspan.schema;

import io.keyspan.value.ValueCodec;
import java.util.Map;

/**
 * Reads and writes primitive {@code int}, {@code long}, {@code double} and {@code boolean}
 * properties stored by the built-in converters in an engine's own item, without boxing. Generated
 * code calls these for such properties; each falls back to the attribute's converter (and so to its
 * exact result or error) whenever the stored value is not the plain case.
 */
public final class PrimitiveFields {
  private PrimitiveFields() {}

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

  public static <N> int readInt(
      TypedAttribute<Integer> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    String text = stored == null ? null : codec.numberOf(stored);
    if (text != null && NumberText.isInteger(text, 9)) {
      return Integer.parseInt(text);
    }
    return attribute.read(item, 0, codec);
  }

  public static <N> long readLong(
      TypedAttribute<Long> attribute, Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(attribute.name());
    String text = stored == null ? null : codec.numberOf(stored);
    if (text != null && NumberText.isInteger(text, 18)) {
      return Long.parseLong(text);
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
