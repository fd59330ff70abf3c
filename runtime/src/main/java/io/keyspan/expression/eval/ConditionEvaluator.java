package io.keyspan.expression.eval;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
import java.util.Map;

/**
 * Evaluates a bound ConditionExpression or FilterExpression against an item, as DynamoDB does
 * (Developer Guide Expressions.OperatorsAndFunctions). A missing operand, or operands of types an
 * operator cannot handle, make the test false rather than raise an error. The errors DynamoDB
 * raises for constants of the wrong type are request validation, decided before any item is read by
 * {@link io.keyspan.expression.parser.StaticChecks#condition}; run it on the bound tree first.
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /**
   * Whether {@code item} satisfies {@code condition}. Pass an empty map for an item that does not
   * exist: every attribute is then missing, so {@code attribute_not_exists(pk)} holds.
   *
   * @throws IllegalStateException if evaluation meets a value placeholder
   */
  public static boolean test(Condition condition, Map<String, AttributeValue> item) {
    if (condition instanceof Condition.Compare compare) {
      return compare(compare, item);
    }
    if (condition instanceof Condition.And and) {
      return test(and.left(), item) && test(and.right(), item);
    }
    if (condition instanceof Condition.Or or) {
      return test(or.left(), item) || test(or.right(), item);
    }
    if (condition instanceof Condition.Not not) {
      return !test(not.condition(), item);
    }
    if (condition instanceof Condition.Between between) {
      return between(between, item);
    }
    if (condition instanceof Condition.In in) {
      return in(in, item);
    }
    if (condition instanceof Condition.AttributeExists exists) {
      return PathReader.valueAt(exists.path(), item) != null;
    }
    if (condition instanceof Condition.AttributeNotExists notExists) {
      return PathReader.valueAt(notExists.path(), item) == null;
    }
    if (condition instanceof Condition.AttributeType attributeType) {
      return attributeType(attributeType, item);
    }
    if (condition instanceof Condition.BeginsWith beginsWith) {
      return beginsWith(beginsWith, item);
    }
    return contains((Condition.Contains) condition, item);
  }

  /**
   * Whether {@code item} satisfies every term of a bound key condition (Developer Guide
   * Query.KeyConditionExpressions), with the same comparison rules as a condition: an item whose
   * key attribute has another type than the term's value does not match.
   *
   * @throws IllegalStateException if the key condition still holds a value placeholder
   */
  public static boolean test(KeyCondition keyCondition, Map<String, AttributeValue> item) {
    for (KeyCondition.Term term : keyCondition.terms()) {
      if (!test(term, item)) {
        return false;
      }
    }
    return true;
  }

  private static boolean test(KeyCondition.Term term, Map<String, AttributeValue> item) {
    AttributeValue key = item.get(term.attribute());
    if (term instanceof KeyCondition.Compare compare) {
      return key != null && compare(key, compare.op(), Bound.value(compare.value()));
    }
    if (term instanceof KeyCondition.Between between) {
      return between(key, Bound.value(between.lower()), Bound.value(between.upper()));
    }
    return beginsWith(key, Bound.value(((KeyCondition.BeginsWith) term).prefix()));
  }

  /** The value of an operand, or {@code null} when it is missing or size() cannot measure it. */
  private static AttributeValue operand(Operand operand, Map<String, AttributeValue> item) {
    if (operand instanceof Path path) {
      return PathReader.valueAt(path, item);
    }
    if (operand instanceof ValueOperand value) {
      return Bound.value(value);
    }
    AttributeValue measured = PathReader.valueAt(((Operand.Size) operand).path(), item);
    return measured == null ? null : Sizes.of(measured);
  }

  private static boolean compare(Condition.Compare compare, Map<String, AttributeValue> item) {
    // 1.5: size() of an attribute it cannot measure (N, BOOL, NULL) makes any comparison false,
    // even <>. size() of a missing attribute is a missing operand, as 1.2 treats any other.
    if (isUnmeasurable(compare.left(), item) || isUnmeasurable(compare.right(), item)) {
      return false;
    }
    return compare(operand(compare.left(), item), compare.op(), operand(compare.right(), item));
  }

  /**
   * One comparison of two values, {@code null} for missing. 1.2: values of different types are
   * never equal; sets compare as sets and numbers by value, which is exactly the values' equals()
   * (numbers are held normalised, sets as java.util.Set). Ordering needs two values of one of S, N
   * and B. A missing operand is unequal to anything, so {@code q <> z} with both missing is true
   * while every other comparison is false.
   */
  private static boolean compare(AttributeValue left, ComparisonOperator op, AttributeValue right) {
    if (op == ComparisonOperator.NE) {
      return left == null || !left.equals(right);
    }
    if (left == null || right == null) {
      return false;
    }
    if (op == ComparisonOperator.EQ) {
      return left.equals(right);
    }
    if (!Values.comparable(left, right)) {
      return false;
    }
    int order = Values.compare(left, right);
    switch (op) {
      case LT:
        return order < 0;
      case LE:
        return order <= 0;
      case GT:
        return order > 0;
      case GE:
        return order >= 0;
      default:
        throw new AssertionError(op);
    }
  }

  private static boolean isUnmeasurable(Operand operand, Map<String, AttributeValue> item) {
    if (!(operand instanceof Operand.Size size)) {
      return false;
    }
    AttributeValue measured = PathReader.valueAt(size.path(), item);
    return measured != null && Sizes.of(measured) == null;
  }

  private static boolean between(Condition.Between between, Map<String, AttributeValue> item) {
    return between(
        operand(between.value(), item),
        operand(between.lower(), item),
        operand(between.upper(), item));
  }

  private static boolean between(AttributeValue value, AttributeValue lower, AttributeValue upper) {
    return value != null
        && lower != null
        && upper != null
        && Values.comparable(value, lower)
        && Values.comparable(value, upper)
        && Values.compare(lower, value) <= 0
        && Values.compare(value, upper) <= 0;
  }

  private static boolean in(Condition.In in, Map<String, AttributeValue> item) {
    AttributeValue value = operand(in.value(), item);
    if (value == null) {
      return false;
    }
    for (Operand candidate : in.candidates()) {
      if (value.equals(operand(candidate, item))) {
        return true;
      }
    }
    return false;
  }

  // 1.5: the type operand names a type as an S value such as "SS".
  private static boolean attributeType(
      Condition.AttributeType condition, Map<String, AttributeValue> item) {
    AttributeValue value = operand(condition.operand(), item);
    AttributeValue type = operand(condition.type(), item);
    return value != null
        && type instanceof AttributeValue.S name
        && value.type().name().equals(name.value());
  }

  // 1.5: begins_with works on S and B; any other type from the item makes it false.
  private static boolean beginsWith(
      Condition.BeginsWith condition, Map<String, AttributeValue> item) {
    return beginsWith(operand(condition.subject(), item), operand(condition.prefix(), item));
  }

  private static boolean beginsWith(AttributeValue subject, AttributeValue prefix) {
    if (subject instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
      return s.value().startsWith(p.value());
    }
    if (subject instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
      return b.value().startsWith(p.value());
    }
    return false;
  }

  // 1.5: substring of S, subsequence of B, member of a set, element of a list (any type).
  private static boolean contains(Condition.Contains condition, Map<String, AttributeValue> item) {
    AttributeValue subject = operand(condition.subject(), item);
    AttributeValue part = operand(condition.operand(), item);
    if (subject == null || part == null) {
      return false;
    }
    if (subject instanceof AttributeValue.S s) {
      return part instanceof AttributeValue.S p && s.value().contains(p.value());
    }
    if (subject instanceof AttributeValue.B b) {
      return part instanceof AttributeValue.B p && b.value().contains(p.value());
    }
    if (subject instanceof AttributeValue.SS ss) {
      return part instanceof AttributeValue.S p && ss.values().contains(p.value());
    }
    if (subject instanceof AttributeValue.NS ns) {
      return part instanceof AttributeValue.N p && ns.values().contains(p.value());
    }
    if (subject instanceof AttributeValue.BS bs) {
      return part instanceof AttributeValue.B p && bs.values().contains(p.value());
    }
    if (subject instanceof AttributeValue.L list) {
      return list.values().contains(part);
    }
    return false;
  }
}
