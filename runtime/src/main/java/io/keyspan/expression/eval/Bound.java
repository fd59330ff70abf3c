package io.keyspan.expression.eval;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;

/** Access to the values of a bound tree; a placeholder here is a caller's bug, not user error. */
final class Bound {
  private Bound() {}

  static AttributeValue value(ValueOperand operand) {
    if (operand instanceof Literal literal) {
      return literal.value();
    }
    throw new IllegalStateException(
        "unbound value placeholder "
            + ((Placeholder) operand).name()
            + " reached the evaluator; bind the expression tree first");
  }
}
