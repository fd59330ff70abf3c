package io.keyspan.repository;

import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.schema.StringAttribute;
import io.keyspan.value.AttributeValue;

/** A sort key stored as S: it also has {@code begins_with}. */
public final class StringSortKey<V> extends QuerySortKey<V> {
  StringSortKey(StringAttribute<V> attribute) {
    super(attribute);
  }

  /** {@code begins_with(key, prefix)}. */
  public SortKeyCondition beginsWith(String prefix) {
    return new SortKeyCondition(
        new KeyCondition.BeginsWith(name(), new Literal(AttributeValue.s(prefix))));
  }
}
