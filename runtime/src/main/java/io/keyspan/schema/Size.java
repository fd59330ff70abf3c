package io.keyspan.schema;

import io.keyspan.expression.Comparator;
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
    return compare(Comparator.EQ, value);
  }

  public Condition ne(long value) {
    return compare(Comparator.NE, value);
  }

  public Condition lt(long value) {
    return compare(Comparator.LT, value);
  }

  public Condition le(long value) {
    return compare(Comparator.LE, value);
  }

  public Condition gt(long value) {
    return compare(Comparator.GT, value);
  }

  public Condition ge(long value) {
    return compare(Comparator.GE, value);
  }

  private Condition compare(Comparator comparator, long value) {
    return new Condition.Compare(size, comparator, new Literal(AttributeValue.n(value)));
  }
}
