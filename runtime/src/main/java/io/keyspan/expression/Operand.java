package io.keyspan.expression;

/**
 * An operand of a condition or filter: a document path, a value ({@link Literal} once bound, a
 * {@link Placeholder} before), or {@code size(path)}.
 */
public sealed interface Operand permits Path, ValueOperand, Operand.Size {

  /** {@code size(path)}: the length of a string or binary, or the member count of a collection. */
  record Size(Path path) implements Operand {}
}
