package io.keyspan.expression;

import java.util.Optional;

/** A value position: a bound {@link Literal} or a not yet bound {@link Placeholder}. */
public sealed interface ValueOperand extends Operand, UpdateValue permits Literal, Placeholder {

  /** Dispatches to the visitor's method for this node's kind. */
  <R> R accept(Visitor<R> visitor);

  /** A value reads no path. */
  @Override
  default Optional<Path> pathRead() {
    return Optional.empty();
  }

  /** One method per kind of value position. */
  interface Visitor<R> {
    R literal(Literal node);

    R placeholder(Placeholder node);
  }
}
