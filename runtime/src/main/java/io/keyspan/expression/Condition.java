package io.keyspan.expression;

import java.util.List;

/**
 * A ConditionExpression or FilterExpression: comparisons, BETWEEN, IN, the functions and the
 * boolean connectives. {@code AND} and {@code OR} are binary and nest to the left, as the parser
 * reads {@code a AND b AND c}.
 */
public sealed interface Condition
    permits Condition.Compare,
        Condition.Between,
        Condition.In,
        Condition.And,
        Condition.Or,
        Condition.Not,
        Condition.AttributeExists,
        Condition.AttributeNotExists,
        Condition.AttributeType,
        Condition.BeginsWith,
        Condition.Contains {

  /** Dispatches to the visitor's method for this node's kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of condition: the only way to take a condition apart, so that a new kind
   * fails to compile in every walker until the walker handles it.
   */
  interface Visitor<R> {
    R compare(Compare node);

    R between(Between node);

    R in(In node);

    R and(And node);

    R or(Or node);

    R not(Not node);

    R attributeExists(AttributeExists node);

    R attributeNotExists(AttributeNotExists node);

    R attributeType(AttributeType node);

    R beginsWith(BeginsWith node);

    R contains(Contains node);
  }

  /**
   * A visitor for side effects that walks AND, OR and NOT into their operands. Every other kind of
   * node stays abstract, so a new kind breaks the compilation of every scanner.
   */
  abstract class Scanner implements Visitor<Void> {
    protected Scanner() {}

    @Override
    public Void and(And node) {
      node.left().accept(this);
      return node.right().accept(this);
    }

    @Override
    public Void or(Or node) {
      node.left().accept(this);
      return node.right().accept(this);
    }

    @Override
    public Void not(Not node) {
      return node.condition().accept(this);
    }
  }

  /** {@code left op right}. */
  record Compare(Operand left, ComparisonOperator op, Operand right) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.compare(this);
    }
  }

  /** {@code value BETWEEN lower AND upper}, inclusive. */
  record Between(Operand value, Operand lower, Operand upper) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.between(this);
    }
  }

  /** {@code value IN (candidates...)}: equal to any of 1 to 100 candidates. */
  record In(Operand value, List<Operand> candidates) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.in(this);
    }

    public In {
      candidates = List.copyOf(candidates);
    }
  }

  record And(Condition left, Condition right) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.and(this);
    }
  }

  record Or(Condition left, Condition right) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.or(this);
    }
  }

  record Not(Condition condition) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }
  }

  /** {@code attribute_exists(path)}. */
  record AttributeExists(Path path) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.attributeExists(this);
    }
  }

  /** {@code attribute_not_exists(path)}. */
  record AttributeNotExists(Path path) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.attributeNotExists(this);
    }
  }

  /** {@code attribute_type(operand, :type)}, the type given as an S value such as "SS". */
  record AttributeType(Operand operand, Operand type) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.attributeType(this);
    }
  }

  /** {@code begins_with(subject, prefix)} on strings and binaries. */
  record BeginsWith(Operand subject, Operand prefix) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.beginsWith(this);
    }
  }

  /** {@code contains(subject, operand)}: substring, subsequence, set or list membership. */
  record Contains(Operand subject, Operand operand) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.contains(this);
    }
  }

  // -------------------------------------------------------------- combinators

  default Condition and(Condition other) {
    return new And(this, other);
  }

  default Condition or(Condition other) {
    return new Or(this, other);
  }

  default Condition not() {
    return new Not(this);
  }
}
