package io.keyspan.repository;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.schema.OrderedAttribute;

/**
 * One key attribute of a query fixed by equality (generated code): each attribute of a
 * multi-attribute index's partition key, and the sort attributes a query fixes before the one it
 * may test with a range.
 */
public final class KeyPart {
  private final KeyCondition.Term term;

  private KeyPart(KeyCondition.Term term) {
    this.term = term;
  }

  /** {@code attribute = value}. */
  public static <V> KeyPart of(OrderedAttribute<V> attribute, V value) {
    return new KeyPart(
        new KeyCondition.Compare(
            attribute.path().topLevelName(),
            ComparisonOperator.EQ,
            new Literal(attribute.toValue(value))));
  }

  KeyCondition.Term term() {
    return term;
  }
}
