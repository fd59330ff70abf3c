package io.keyspan.expression;

/** A value position: a bound {@link Literal} or a not yet bound {@link Placeholder}. */
public sealed interface ValueOperand extends Operand, UpdateValue permits Literal, Placeholder {}
