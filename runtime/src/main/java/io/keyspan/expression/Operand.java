package io.keyspan.expression;

/**
 * An operand of a condition or filter: a document path, a value ({@link Literal} once bound, a
 * {@link Placeholder} before), or {@code size(path)}.
 */
public sealed interface Operand permits Path, ValueOperand, Operand.Size {

  /** Dispatches to the visitor's method for this node's kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of operand; a new kind fails to compile in every walker. */
  interface Visitor<R> {
    R path(Path node);

    R literal(Literal node);

    R placeholder(Placeholder node);

    R size(Size node);
  }

  /** {@code size(path)}: the length of a string or binary, or the member count of a collection. */
  record Size(Path path) implements Operand {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.size(this);
    }
  }
}
