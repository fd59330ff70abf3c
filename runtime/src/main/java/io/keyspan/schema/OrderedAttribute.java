package io.keyspan.schema;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Path;

/**
 * An attribute stored as S, N or B: its values are ordered, so it has {@code <}, {@code <=}, {@code
 * >}, {@code >=} and {@code BETWEEN}, and it may be a key.
 */
public class OrderedAttribute<V> extends TypedAttribute<V> {
  public OrderedAttribute(Path path, AttributeConverter<V> converter) {
    super(path, converter);
  }

  public final Condition lt(V value) {
    return new Condition.Compare(path(), ComparisonOperator.LT, literal(value));
  }

  public final Condition le(V value) {
    return new Condition.Compare(path(), ComparisonOperator.LE, literal(value));
  }

  public final Condition gt(V value) {
    return new Condition.Compare(path(), ComparisonOperator.GT, literal(value));
  }

  public final Condition ge(V value) {
    return new Condition.Compare(path(), ComparisonOperator.GE, literal(value));
  }

  /** {@code path BETWEEN lower AND upper}, both inclusive. */
  public final Condition between(V lower, V upper) {
    return new Condition.Between(path(), literal(lower), literal(upper));
  }
}
