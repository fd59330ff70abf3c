package io.keyspan.expression;

import java.util.List;

/**
 * A ConditionExpression or FilterExpression: comparisons, BETWEEN, IN, the functions and the
 * boolean connectives. {@code AND} and {@code OR} are binary and nest to the left, as the parser
 * reads {@code a AND b AND c}.
 */
public sealed interface Condition
    permits Condition.Compare, Condition.Between, Condition.In, Condition.And, Condition.Or,
        Condition.Not, Condition.AttributeExists, Condition.AttributeNotExists,
        Condition.AttributeType, Condition.BeginsWith, Condition.Contains {

  /** {@code left op right}. */
  record Compare(Operand left, ComparisonOperator op, Operand right) implements Condition {}

  /** {@code value BETWEEN lower AND upper}, inclusive. */
  record Between(Operand value, Operand lower, Operand upper) implements Condition {}

  /** {@code value IN (candidates...)}: equal to any of 1 to 100 candidates. */
  record In(Operand value, List<Operand> candidates) implements Condition {
    public In {
      candidates = List.copyOf(candidates);
    }
  }

  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  record Not(Condition condition) implements Condition {}

  /** {@code attribute_exists(path)}. */
  record AttributeExists(Path path) implements Condition {}

  /** {@code attribute_not_exists(path)}. */
  record AttributeNotExists(Path path) implements Condition {}

  /** {@code attribute_type(operand, :type)}, the type given as an S value such as "SS". */
  record AttributeType(Operand operand, Operand type) implements Condition {}

  /** {@code begins_with(subject, prefix)} on strings and binaries. */
  record BeginsWith(Operand subject, Operand prefix) implements Condition {}

  /** {@code contains(subject, operand)}: substring, subsequence, set or list membership. */
  record Contains(Operand subject, Operand operand) implements Condition {}

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
