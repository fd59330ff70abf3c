package io.keyspan.expression;

import io.keyspan.value.AttributeValue;

/**
 * A value in an expression tree. It is never written into expression text: renderers give every
 * literal a {@code :placeholder}.
 */
public record Literal(AttributeValue value) implements ValueOperand {
  public Literal {
    if (value == null) {
      throw new NullPointerException("literal value");
    }
  }

  @Override
  public <R> R accept(Operand.Visitor<R> visitor) {
    return visitor.literal(this);
  }

  @Override
  public <R> R accept(UpdateValue.Visitor<R> visitor) {
    return visitor.literal(this);
  }

  @Override
  public <R> R accept(ValueOperand.Visitor<R> visitor) {
    return visitor.literal(this);
  }
}
