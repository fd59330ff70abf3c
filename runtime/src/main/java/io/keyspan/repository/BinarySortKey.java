package io.keyspan.repository;

import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.schema.BinaryAttribute;
import io.keyspan.value.AttributeValue;

/** A sort key stored as B: it also has {@code begins_with}. */
public final class BinarySortKey<V> extends QuerySortKey<V> {
  BinarySortKey(BinaryAttribute<V> attribute) {
    super(attribute);
  }

  /** {@code begins_with(key, prefix)}. */
  public SortKeyCondition beginsWith(byte[] prefix) {
    return new SortKeyCondition(
        new KeyCondition.BeginsWith(name(), new Literal(AttributeValue.b(prefix))));
  }
}
