package io.keyspan.expression.eval;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;

/** Access to the values of a bound tree; a placeholder here is a caller's bug, not user error. */
final class Bound {
  private static final ValueOperand.Visitor<AttributeValue> VALUE =
      new ValueOperand.Visitor<>() {
        @Override
        public AttributeValue literal(Literal node) {
          return node.value();
        }

        @Override
        public AttributeValue placeholder(Placeholder node) {
          throw new IllegalStateException(
              "unbound value placeholder "
                  + node.name()
                  + " reached the evaluator; bind the expression tree first");
        }
      };

  private Bound() {}

  static AttributeValue value(ValueOperand operand) {
    return operand.accept(VALUE);
  }
}
