package io.keyspan.value;

import java.util.List;
import java.util.Map;

/**
 * Builds and reads one engine's own attribute values, so that a schema maps an object straight to
 * the item an engine sends and back, with no Keyspan item in between. The AWS SDK engine implements
 * it with the SDK's {@code AttributeValue}; {@link #keyspan()} is the identity over Keyspan's own
 * values.
 *
 * <p>Generated schemas and the built-in converters call the typed methods; a converter without a
 * native path (a user's {@code @Convert}) goes through {@link #of} and {@link #toKeyspan}, so every
 * mapping works with every codec and writes exactly what the schema's {@code toItem(item)} writes.
 * It sits with the value model, below schemas and the engine SPI, so that engines may implement it.
 *
 * <p>The read methods do not validate what they return beyond its type: values an engine received
 * from DynamoDB were validated there. They return null when the value has another type, and the
 * caller falls back to {@link #toKeyspan} for the exact mapping error.
 *
 * @param <N> the engine's attribute value type
 */
public interface ValueCodec<N> {

  /** The codec of Keyspan's own values: every method is the identity or a factory. */
  static ValueCodec<AttributeValue> keyspan() {
    return KeyspanCodec.INSTANCE;
  }

  // ---------------------------------------------------------------- writing

  N string(String value);

  /**
   * A number from text already in DynamoDB's canonical form, as {@link AttributeValue.N#text()}
   * gives it: plain notation, no trailing fraction zeros, no sign on zero.
   */
  N number(String canonicalText);

  N bool(boolean value);

  N nul();

  /** A list; the codec may keep {@code elements} without copying. */
  N list(List<N> elements);

  /** A map; the codec may keep {@code entries} without copying. */
  N map(Map<String, N> entries);

  /** A string set (SS) of members that are non-empty as a whole and free of duplicates. */
  N stringSet(List<String> members);

  /** Any Keyspan value, for converters without a native path. */
  N of(AttributeValue value);

  // ---------------------------------------------------------------- reading

  /** The text of an S, or null. */
  String stringOf(N value);

  /** The text of an N, or null. */
  String numberOf(N value);

  /** The value of a BOOL, or null. */
  Boolean boolOf(N value);

  /** The members of an SS, or null. */
  List<String> stringSetOf(N value);

  /** The elements of an L, or null. */
  List<N> listOf(N value);

  /** The entries of an M, or null. */
  Map<String, N> mapOf(N value);

  boolean isNull(N value);

  /** The value as Keyspan's, for converters without a native path and for exact errors. */
  AttributeValue toKeyspan(N value);
}
