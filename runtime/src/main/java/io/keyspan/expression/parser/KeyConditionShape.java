package io.keyspan.expression.parser;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.ValueOperand;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a KeyConditionExpression, parsed with the condition grammar, as one or two key terms:
 * {@code key = :v}, {@code key op :v}, {@code key BETWEEN :a AND :b}, {@code begins_with(key, :p)},
 * joined by AND. A term written value-first ({@code :v < key}) is turned around. Which term is the
 * partition key is left to the engine, which knows the schema. Messages as dynalite's validations
 * (convertKeyCondition), sent without the "Invalid ..." prefix.
 */
final class KeyConditionShape {
  private final List<KeyCondition.Term> terms = new ArrayList<>();

  private KeyConditionShape() {}

  /** The key condition, or null after adding the reason it is none to {@code problems}. */
  static KeyCondition of(Condition condition, Problems problems, int textLength) {
    KeyConditionShape shape = new KeyConditionShape();
    String error = shape.collect(condition);
    if (error == null && shape.terms.size() > 2) {
      error = Messages.keyConditionCount();
    }
    if (error != null) {
      problems.addUnprefixed(Problems.Rule.KEY_CONDITION, error, 0, textLength);
      return null;
    }
    return new KeyCondition(shape.terms);
  }

  /** Adds the terms of {@code condition} in written order; returns the first error, or null. */
  private String collect(Condition condition) {
    if (condition instanceof Condition.And and) {
      String error = collect(and.left());
      return error != null ? error : collect(and.right());
    }
    String error = unsupported(condition);
    if (error != null) {
      return error;
    }
    KeyCondition.Term term;
    if (condition instanceof Condition.Compare compare) {
      boolean keyFirst = compare.left() instanceof Path;
      Operand key = keyFirst ? compare.left() : compare.right();
      Operand value = keyFirst ? compare.right() : compare.left();
      error = checkOperands(key, value);
      if (error != null) {
        return error;
      }
      ComparisonOperator op = keyFirst ? compare.op() : mirrored(compare.op());
      term = new KeyCondition.Compare(((Path) key).topLevelName(), op, (ValueOperand) value);
    } else if (condition instanceof Condition.Between between) {
      if (!(between.value() instanceof Path)) {
        return Messages.keyConditionKeyFirst("BETWEEN");
      }
      error = checkOperands(between.value(), between.lower(), between.upper());
      if (error != null) {
        return error;
      }
      term =
          new KeyCondition.Between(
              ((Path) between.value()).topLevelName(),
              (ValueOperand) between.lower(),
              (ValueOperand) between.upper());
    } else {
      Condition.BeginsWith beginsWith = (Condition.BeginsWith) condition;
      if (!(beginsWith.subject() instanceof Path)) {
        return Messages.keyConditionKeyFirst("begins_with");
      }
      error = checkOperands(beginsWith.subject(), beginsWith.prefix());
      if (error != null) {
        return error;
      }
      term =
          new KeyCondition.BeginsWith(
              ((Path) beginsWith.subject()).topLevelName(), (ValueOperand) beginsWith.prefix());
    }
    for (KeyCondition.Term earlier : terms) {
      if (earlier.attribute().equals(term.attribute())) {
        return Messages.keyConditionOnePerKey();
      }
    }
    terms.add(term);
    return null;
  }

  /** The operators and functions a key condition never allows. */
  private static String unsupported(Condition condition) {
    if (condition instanceof Condition.Or) {
      return Messages.keyConditionOperator("OR");
    }
    if (condition instanceof Condition.Not) {
      return Messages.keyConditionOperator("NOT");
    }
    if (condition instanceof Condition.In) {
      return Messages.keyConditionOperator("IN");
    }
    if (condition instanceof Condition.Compare compare && compare.op() == ComparisonOperator.NE) {
      return Messages.keyConditionOperator("<>");
    }
    if (condition instanceof Condition.AttributeExists) {
      return Messages.keyConditionOperator("attribute_exists");
    }
    if (condition instanceof Condition.AttributeNotExists) {
      return Messages.keyConditionOperator("attribute_not_exists");
    }
    if (condition instanceof Condition.AttributeType) {
      return Messages.keyConditionOperator("attribute_type");
    }
    if (condition instanceof Condition.Contains) {
      return Messages.keyConditionOperator("contains");
    }
    return null;
  }

  /** The first operand is the key; the others must be values. */
  private static String checkOperands(Operand key, Operand... values) {
    List<Operand> all = new ArrayList<>();
    all.add(key);
    all.addAll(List.of(values));
    int paths = 0;
    for (Operand operand : all) {
      if (operand instanceof Operand.Size) {
        return Messages.keyConditionNestedOperation();
      }
      if (operand instanceof Path path) {
        if (++paths > 1) {
          return Messages.keyConditionMultipleNames();
        }
        if (!path.isTopLevel()) {
          return Messages.keyConditionNestedAttribute();
        }
      }
    }
    return paths == 0 ? Messages.keyConditionNoKey() : null;
  }

  private static ComparisonOperator mirrored(ComparisonOperator op) {
    switch (op) {
      case LT:
        return ComparisonOperator.GT;
      case LE:
        return ComparisonOperator.GE;
      case GT:
        return ComparisonOperator.LT;
      case GE:
        return ComparisonOperator.LE;
      default:
        return op;
    }
  }
}
