package io.keyspan.expression.eval;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
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
    return condition.accept(new ItemTest(item));
  }

  /**
   * Whether {@code item} satisfies every term of a bound key condition (Developer Guide
   * Query.KeyConditionExpressions), with the same comparison rules as a condition: an item whose
   * key attribute has another type than the term's value does not match.
   *
   * @throws IllegalStateException if the key condition still holds a value placeholder
   */
  public static boolean test(KeyCondition keyCondition, Map<String, AttributeValue> item) {
    ItemTest evaluator = new ItemTest(item);
    for (KeyCondition.Term term : keyCondition.terms()) {
      if (!term.accept(evaluator)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One evaluation against one item: each condition or key term visited is true or false, each
   * operand visited gives its value, or {@code null} when it is missing or size() cannot measure
   * it.
   */
  private static final class ItemTest
      implements Condition.Visitor<Boolean>,
          KeyCondition.Term.Visitor<Boolean>,
          Operand.Visitor<AttributeValue>,
          Bound {
    private final Map<String, AttributeValue> item;
    private final Unmeasurable unmeasurable = new Unmeasurable();

    ItemTest(Map<String, AttributeValue> item) {
      this.item = item;
    }

    // ------------------------------------------------------------ conditions

    @Override
    public Boolean and(Condition.And node) {
      return node.left().accept(this) && node.right().accept(this);
    }

    @Override
    public Boolean or(Condition.Or node) {
      return node.left().accept(this) || node.right().accept(this);
    }

    @Override
    public Boolean not(Condition.Not node) {
      return !node.condition().accept(this);
    }

    @Override
    public Boolean compare(Condition.Compare node) {
      // 1.5: size() of an attribute it cannot measure (N, BOOL, NULL) makes any comparison false,
      // even <>. size() of a missing attribute is a missing operand, as 1.2 treats any other.
      if (node.left().accept(unmeasurable) || node.right().accept(unmeasurable)) {
        return false;
      }
      return compareValues(node.left().accept(this), node.op(), node.right().accept(this));
    }

    @Override
    public Boolean between(Condition.Between node) {
      return isBetween(
          node.value().accept(this), node.lower().accept(this), node.upper().accept(this));
    }

    @Override
    public Boolean in(Condition.In node) {
      AttributeValue value = node.value().accept(this);
      if (value == null) {
        return false;
      }
      for (Operand candidate : node.candidates()) {
        if (value.equals(candidate.accept(this))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Boolean attributeExists(Condition.AttributeExists node) {
      return PathReader.valueAt(node.path(), item) != null;
    }

    @Override
    public Boolean attributeNotExists(Condition.AttributeNotExists node) {
      return PathReader.valueAt(node.path(), item) == null;
    }

    // 1.5: the type operand names a type as an S value such as "SS".
    @Override
    public Boolean attributeType(Condition.AttributeType node) {
      AttributeValue value = node.operand().accept(this);
      AttributeValue type = node.type().accept(this);
      return value != null
          && type instanceof AttributeValue.S name
          && value.type().name().equals(name.value());
    }

    // 1.5: begins_with works on S and B; any other type from the item makes it false.
    @Override
    public Boolean beginsWith(Condition.BeginsWith node) {
      return startsWith(node.subject().accept(this), node.prefix().accept(this));
    }

    @Override
    public Boolean contains(Condition.Contains node) {
      return containsValue(node.subject().accept(this), node.operand().accept(this));
    }

    // ------------------------------------------------------------ key terms

    @Override
    public Boolean compare(KeyCondition.Compare term) {
      AttributeValue key = item.get(term.attribute());
      return key != null && compareValues(key, term.op(), Bound.value(term.value()));
    }

    @Override
    public Boolean between(KeyCondition.Between term) {
      return isBetween(
          item.get(term.attribute()), Bound.value(term.lower()), Bound.value(term.upper()));
    }

    @Override
    public Boolean beginsWith(KeyCondition.BeginsWith term) {
      return startsWith(item.get(term.attribute()), Bound.value(term.prefix()));
    }

    // ------------------------------------------------------------ operands

    @Override
    public AttributeValue path(Path node) {
      return PathReader.valueAt(node, item);
    }

    @Override
    public AttributeValue size(Operand.Size node) {
      AttributeValue measured = PathReader.valueAt(node.path(), item);
      return measured == null ? null : Sizes.of(measured);
    }

    /** Whether an operand is size() of an attribute in the item that size() cannot measure. */
    private final class Unmeasurable implements Operand.Visitor<Boolean> {
      @Override
      public Boolean path(Path node) {
        return false;
      }

      @Override
      public Boolean literal(Literal node) {
        return false;
      }

      @Override
      public Boolean placeholder(Placeholder node) {
        return false;
      }

      @Override
      public Boolean size(Operand.Size node) {
        AttributeValue measured = PathReader.valueAt(node.path(), item);
        return measured != null && Sizes.of(measured) == null;
      }
    }
  }

  /**
   * One comparison of two values, {@code null} for missing. 1.2: values of different types are
   * never equal; sets compare as sets and numbers by value, which is exactly the values' equals()
   * (numbers are held normalised, sets as java.util.Set). Ordering needs two values of one of S, N
   * and B. A missing operand is unequal to anything, so {@code q <> z} with both missing is true
   * while every other comparison is false.
   */
  private static boolean compareValues(
      AttributeValue left, ComparisonOperator op, AttributeValue right) {
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

  private static boolean isBetween(
      AttributeValue value, AttributeValue lower, AttributeValue upper) {
    return value != null
        && lower != null
        && upper != null
        && Values.comparable(value, lower)
        && Values.comparable(value, upper)
        && Values.compare(lower, value) <= 0
        && Values.compare(value, upper) <= 0;
  }

  private static boolean startsWith(AttributeValue subject, AttributeValue prefix) {
    if (subject instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
      return s.value().startsWith(p.value());
    }
    if (subject instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
      return b.value().startsWith(p.value());
    }
    return false;
  }

  // 1.5: substring of S, subsequence of B, member of a set, element of a list (any type).
  private static boolean containsValue(AttributeValue subject, AttributeValue part) {
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
