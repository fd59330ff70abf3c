package io.keyspan.schema;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;

/**
 * An attribute stored as S (strings, and the string forms of enums, UUIDs, URIs and time types):
 * ordered, with {@code begins_with}, {@code contains} and {@code size}. The prefix is a plain
 * string, so {@code CREATED.beginsWith("2024-05")} selects a month of a fixed-width instant.
 */
public class StringAttribute<V> extends OrderedAttribute<V> {
  public StringAttribute(Path path, AttributeConverter<V> converter) {
    super(path, converter);
  }

  /** {@code begins_with(path, prefix)}. */
  public final Condition beginsWith(String prefix) {
    return new Condition.BeginsWith(path(), new Literal(AttributeValue.s(prefix)));
  }

  /** {@code contains(path, part)}: a substring test. */
  public final Condition contains(String part) {
    return new Condition.Contains(path(), new Literal(AttributeValue.s(part)));
  }

  /** {@code size(path)}: the length in UTF-8 bytes. */
  public final Size size() {
    return new Size(path());
  }
}
