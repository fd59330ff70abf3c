package io.keyspan.expression;

import java.util.Optional;

/**
 * An operand of a condition or filter: a document path, a value ({@link Literal} once bound, a
 * {@link Placeholder} before), or {@code size(path)}.
 */
public sealed interface Operand permits Path, ValueOperand, Operand.Size {

  /** Dispatches to the visitor's method for this node's kind. */
  <R> R accept(Visitor<R> visitor);

  /** The document path this operand reads: a path itself, or the path size() measures. */
  Optional<Path> pathRead();

  /**
   * One method per kind of operand (literal and placeholder from {@link ValueOperand.Visitor}); a
   * new kind fails to compile in every walker.
   */
  interface Visitor<R> extends ValueOperand.Visitor<R> {
    R path(Path node);

    R size(Size node);
  }

  /** {@code size(path)}: the length of a string or binary, or the member count of a collection. */
  record Size(Path path) implements Operand {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.size(this);
    }

    @Override
    public Optional<Path> pathRead() {
      return Optional.of(path);
    }
  }
}
