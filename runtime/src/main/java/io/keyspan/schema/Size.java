package io.keyspan.schema;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;

/** {@code size(path)} of a string, binary, set, list or map, compared with a number. */
public final class Size {
  private final Operand.Size size;

  Size(Path path) {
    this.size = new Operand.Size(path);
  }

  public Condition eq(long value) {
    return compare(ComparisonOperator.EQ, value);
  }

  public Condition ne(long value) {
    return compare(ComparisonOperator.NE, value);
  }

  public Condition lt(long value) {
    return compare(ComparisonOperator.LT, value);
  }

  public Condition le(long value) {
    return compare(ComparisonOperator.LE, value);
  }

  public Condition gt(long value) {
    return compare(ComparisonOperator.GT, value);
  }

  public Condition ge(long value) {
    return compare(ComparisonOperator.GE, value);
  }

  private Condition compare(ComparisonOperator comparator, long value) {
    return new Condition.Compare(size, comparator, new Literal(AttributeValue.n(value)));
  }
}
