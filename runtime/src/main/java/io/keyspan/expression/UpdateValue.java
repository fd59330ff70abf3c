package io.keyspan.expression;

/**
 * The right-hand side of a SET action: a path, a value, {@code if_not_exists}, {@code list_append},
 * or the sum or difference of two operands. The grammar allows {@code +} and {@code -} only at the
 * top of a SET value; the parser enforces the shapes DynamoDB allows.
 */
public sealed interface UpdateValue
    permits Path,
        ValueOperand,
        UpdateValue.IfNotExists,
        UpdateValue.ListAppend,
        UpdateValue.Plus,
        UpdateValue.Minus {

  /** Dispatches to the visitor's method for this node's kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of SET value (literal and placeholder from {@link ValueOperand.Visitor}); a
   * new kind fails to compile in every walker.
   */
  interface Visitor<R> extends ValueOperand.Visitor<R> {
    R path(Path node);

    R ifNotExists(IfNotExists node);

    R listAppend(ListAppend node);

    R plus(Plus node);

    R minus(Minus node);
  }

  /** {@code if_not_exists(path, fallback)}: the value at path if present, else the fallback. */
  record IfNotExists(Path path, UpdateValue fallback) implements UpdateValue {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.ifNotExists(this);
    }
  }

  /** {@code list_append(first, second)}: the elements of both lists, in order. */
  record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.listAppend(this);
    }
  }

  /** {@code left + right} on numbers. */
  record Plus(UpdateValue left, UpdateValue right) implements UpdateValue {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.plus(this);
    }
  }

  /** {@code left - right} on numbers. */
  record Minus(UpdateValue left, UpdateValue right) implements UpdateValue {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.minus(this);
    }
  }
}
