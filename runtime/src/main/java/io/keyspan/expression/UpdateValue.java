package io.keyspan.expression;

/**
 * The right-hand side of a SET action: a path, a value, {@code if_not_exists},
 * {@code list_append}, or the sum or difference of two operands. The grammar allows {@code +}
 * and {@code -} only at the top of a SET value; the parser enforces the shapes DynamoDB allows.
 */
public sealed interface UpdateValue
    permits Path, ValueOperand, UpdateValue.IfNotExists,
        UpdateValue.ListAppend, UpdateValue.Plus, UpdateValue.Minus {

  /** {@code if_not_exists(path, fallback)}: the value at path if present, else the fallback. */
  record IfNotExists(Path path, UpdateValue fallback) implements UpdateValue {}

  /** {@code list_append(first, second)}: the elements of both lists, in order. */
  record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {}

  /** {@code left + right} on numbers. */
  record Plus(UpdateValue left, UpdateValue right) implements UpdateValue {}

  /** {@code left - right} on numbers. */
  record Minus(UpdateValue left, UpdateValue right) implements UpdateValue {}
}
