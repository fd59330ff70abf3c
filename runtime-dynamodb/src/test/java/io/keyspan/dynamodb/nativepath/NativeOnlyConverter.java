package io.keyspan.dynamodb.nativepath;

import io.keyspan.schema.AttributeConverter;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a string only through a codec, recording the engine values it makes and reads: building a
 * Keyspan item (or reading one) with it fails, so a test through it proves the one conversion.
 */
public class NativeOnlyConverter implements AttributeConverter<String> {
  /** The values {@link #encode} made and {@link #decode} was given, in order. */
  static final List<Object> ENCODED = new ArrayList<>();

  static final List<Object> DECODED = new ArrayList<>();

  @Override
  public AttributeValue toAttributeValue(String value) {
    throw new AssertionError("a Keyspan item was built");
  }

  @Override
  public String fromAttributeValue(AttributeValue value) {
    throw new AssertionError("a Keyspan item was read");
  }

  @Override
  public <N> N encode(String value, ValueCodec<N> codec) {
    N encoded = codec.string(value);
    ENCODED.add(encoded);
    return encoded;
  }

  @Override
  public <N> String decode(N value, ValueCodec<N> codec) {
    DECODED.add(value);
    return codec.stringOf(value);
  }
}
