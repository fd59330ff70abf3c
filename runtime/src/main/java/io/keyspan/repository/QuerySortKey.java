package io.keyspan.repository;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.schema.BinaryAttribute;
import io.keyspan.schema.OrderedAttribute;
import io.keyspan.schema.StringAttribute;
import java.util.Objects;

/**
 * The sort key of one query, handed to {@link QueryOperation#sortKey} to build the query's sort-key
 * condition: {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=} and {@code BETWEEN} here,
 * {@code begins_with} on {@link StringSortKey} and {@link BinarySortKey}. A query offers only its
 * own sort key, so a condition on any other attribute does not compile:
 *
 * <pre>{@code
 * music.query("Acme Band").sortKey(songTitle -> songTitle.beginsWith("Happy"))
 * }</pre>
 *
 * @param <V> the Java type of the sort key's values
 */
public class QuerySortKey<V> {
  private final OrderedAttribute<V> attribute;

  QuerySortKey(OrderedAttribute<V> attribute) {
    this.attribute = Objects.requireNonNull(attribute, "attribute");
  }

  /** The sort key of a table or index whose sort key is a number (generated code). */
  public static <V> QuerySortKey<V> of(OrderedAttribute<V> attribute) {
    return new QuerySortKey<>(attribute);
  }

  /** The sort key of a table or index whose sort key is a string (generated code). */
  public static <V> StringSortKey<V> of(StringAttribute<V> attribute) {
    return new StringSortKey<>(attribute);
  }

  /** The sort key of a table or index whose sort key is a binary (generated code). */
  public static <V> BinarySortKey<V> of(BinaryAttribute<V> attribute) {
    return new BinarySortKey<>(attribute);
  }

  /** {@code key = value}. */
  public final SortKeyCondition eq(V value) {
    return compare(ComparisonOperator.EQ, value);
  }

  /** {@code key < value}. */
  public final SortKeyCondition lt(V value) {
    return compare(ComparisonOperator.LT, value);
  }

  /** {@code key <= value}. */
  public final SortKeyCondition le(V value) {
    return compare(ComparisonOperator.LE, value);
  }

  /** {@code key > value}. */
  public final SortKeyCondition gt(V value) {
    return compare(ComparisonOperator.GT, value);
  }

  /** {@code key >= value}. */
  public final SortKeyCondition ge(V value) {
    return compare(ComparisonOperator.GE, value);
  }

  /** {@code key BETWEEN lower AND upper}, both inclusive. */
  public final SortKeyCondition between(V lower, V upper) {
    return new SortKeyCondition(new KeyCondition.Between(name(), literal(lower), literal(upper)));
  }

  final String name() {
    return attribute.path().topLevelName();
  }

  final Literal literal(V value) {
    return new Literal(attribute.toValue(value));
  }

  private SortKeyCondition compare(ComparisonOperator op, V value) {
    return new SortKeyCondition(new KeyCondition.Compare(name(), op, literal(value)));
  }
}
