package io.keyspan.expression.eval;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;

/**
 * The values of a bound tree's leaves, for every evaluator: a literal is its value, and a
 * placeholder here is a caller's bug, not user error. Evaluators implement it beside their own
 * visitor so literals and placeholders are evaluated in one place.
 */
interface Bound extends ValueOperand.Visitor<AttributeValue> {
  /** The leaf visitor alone, for operands that can only be values. */
  Bound LEAVES = new Bound() {};

  static AttributeValue value(ValueOperand operand) {
    return operand.accept(LEAVES);
  }

  @Override
  default AttributeValue literal(Literal node) {
    return node.value();
  }

  @Override
  default AttributeValue placeholder(Placeholder node) {
    throw new IllegalStateException(
        "unbound value placeholder "
            + node.name()
            + " reached the evaluator; bind the expression tree first");
  }
}
