package io.keyspan.schema;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;

/**
 * An attribute stored as B: ordered by unsigned bytes, with {@code begins_with} and {@code size}.
 */
public class BinaryAttribute<V> extends OrderedAttribute<V> {
  public BinaryAttribute(Path path, AttributeConverter<V> converter) {
    super(path, converter);
  }

  /** {@code begins_with(path, prefix)}. */
  public final Condition beginsWith(byte[] prefix) {
    return new Condition.BeginsWith(path(), new Literal(AttributeValue.b(prefix)));
  }

  /** {@code contains(path, part)}: a byte-subsequence test. */
  public final Condition contains(byte[] part) {
    return new Condition.Contains(path(), new Literal(AttributeValue.b(part)));
  }

  /** {@code size(path)}: the length in bytes. */
  public final Size size() {
    return new Size(path());
  }
}
