package io.keyspan.schema;

import io.keyspan.expression.Path;

/** An attribute stored as N: ordered, and the target of {@code ADD} in updates. */
public class NumberAttribute<V> extends OrderedAttribute<V> {
  public NumberAttribute(Path path, AttributeConverter<V> converter) {
    super(path, converter);
  }
}
