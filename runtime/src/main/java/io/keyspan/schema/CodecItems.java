package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Whole items between Keyspan's values and a codec's, for schemas without a native path. */
final class CodecItems {
  private CodecItems() {}

  static <N> Map<String, N> encode(Map<String, AttributeValue> item, ValueCodec<N> codec) {
    Map<String, N> encoded = new LinkedHashMap<>(item.size() * 4 / 3 + 1);
    item.forEach((name, value) -> encoded.put(name, codec.of(value)));
    return encoded;
  }

  static <N> Map<String, AttributeValue> decode(Map<String, N> item, ValueCodec<N> codec) {
    Map<String, AttributeValue> decoded = new LinkedHashMap<>(item.size() * 4 / 3 + 1);
    item.forEach((name, value) -> decoded.put(name, codec.toKeyspan(value)));
    return decoded;
  }
}
