package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import io.keyspan.value.ValueCodec;
import java.util.Map;

/**
 * Maps a nested document type to a DynamoDB map (M) and back. Generated for every {@code @Document}
 * type as {@code DSchema}.
 *
 * @param <D> the document type
 */
public interface DocumentSchema<D> {

  /** The document's attributes; null properties are left out. */
  Map<String, AttributeValue> toMap(D document);

  /** The document from a stored map; absent attributes become null (or the primitive default). */
  D fromMap(Map<String, AttributeValue> map);

  /**
   * {@link #toMap(Object)} in a codec's own values; generated schemas build them directly, this
   * default converts Keyspan's.
   */
  default <N> Map<String, N> toMap(D document, ValueCodec<N> codec) {
    return NativeItem.encode(toMap(document), codec);
  }

  /** {@link #fromMap(Map)} from a codec's own values; generated schemas read them directly. */
  default <N> D fromMap(Map<String, N> map, ValueCodec<N> codec) {
    return fromMap(NativeItem.of(map, codec));
  }
}
