package io.keyspan.expression.parser;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a KeyConditionExpression, parsed with the condition grammar, as key terms (one or two, or
 * up to {@link KeyCondition#MAX_TERMS} for a multi-attribute index key): {@code key = :v}, {@code
 * key op :v}, {@code key BETWEEN :a AND :b}, {@code begins_with(key, :p)}, joined by AND. A term
 * written value-first ({@code :v < key}) is turned around. Which term is the partition key is left
 * to the engine, which knows the schema. Messages as dynalite's validations (convertKeyCondition),
 * sent without the "Invalid ..." prefix.
 */
final class KeyConditionShape implements Condition.Visitor<String> {
  private final List<KeyCondition.Term> terms = new ArrayList<>();

  private KeyConditionShape() {}

  /** The key condition, or null after adding the reason it is none to {@code problems}. */
  static KeyCondition of(Condition condition, Problems problems, int textLength) {
    KeyConditionShape shape = new KeyConditionShape();
    String error = condition.accept(shape);
    if (error == null && shape.terms.size() > KeyCondition.MAX_TERMS) {
      error = Messages.keyConditionCount();
    }
    if (error != null) {
      problems.addUnprefixed(Problems.Rule.KEY_CONDITION, error, 0, textLength);
      return null;
    }
    return new KeyCondition(shape.terms);
  }

  // Each visit adds the terms of a condition in written order and returns the first error, or null.

  @Override
  public String and(Condition.And node) {
    String error = node.left().accept(this);
    return error != null ? error : node.right().accept(this);
  }

  @Override
  public String compare(Condition.Compare node) {
    if (node.op() == ComparisonOperator.NE) {
      return Messages.keyConditionOperator("<>");
    }
    boolean keyFirst = node.left().accept(Operands.AS_PATH).isPresent();
    Operand key = keyFirst ? node.left() : node.right();
    Operand value = keyFirst ? node.right() : node.left();
    String error = checkOperands(key, value);
    if (error != null) {
      return error;
    }
    ComparisonOperator op = keyFirst ? node.op() : mirrored(node.op());
    return add(new KeyCondition.Compare(keyName(key), op, value(value)));
  }

  @Override
  public String between(Condition.Between node) {
    if (node.value().accept(Operands.AS_PATH).isEmpty()) {
      return Messages.keyConditionKeyFirst("BETWEEN");
    }
    String error = checkOperands(node.value(), node.lower(), node.upper());
    if (error != null) {
      return error;
    }
    return add(
        new KeyCondition.Between(keyName(node.value()), value(node.lower()), value(node.upper())));
  }

  @Override
  public String beginsWith(Condition.BeginsWith node) {
    if (node.subject().accept(Operands.AS_PATH).isEmpty()) {
      return Messages.keyConditionKeyFirst("begins_with");
    }
    String error = checkOperands(node.subject(), node.prefix());
    if (error != null) {
      return error;
    }
    return add(new KeyCondition.BeginsWith(keyName(node.subject()), value(node.prefix())));
  }

  private String add(KeyCondition.Term term) {
    for (KeyCondition.Term earlier : terms) {
      if (earlier.attribute().equals(term.attribute())) {
        return Messages.keyConditionOnePerKey();
      }
    }
    terms.add(term);
    return null;
  }

  // The operators and functions a key condition never allows.

  @Override
  public String or(Condition.Or node) {
    return Messages.keyConditionOperator("OR");
  }

  @Override
  public String not(Condition.Not node) {
    return Messages.keyConditionOperator("NOT");
  }

  @Override
  public String in(Condition.In node) {
    return Messages.keyConditionOperator("IN");
  }

  @Override
  public String attributeExists(Condition.AttributeExists node) {
    return Messages.keyConditionOperator("attribute_exists");
  }

  @Override
  public String attributeNotExists(Condition.AttributeNotExists node) {
    return Messages.keyConditionOperator("attribute_not_exists");
  }

  @Override
  public String attributeType(Condition.AttributeType node) {
    return Messages.keyConditionOperator("attribute_type");
  }

  @Override
  public String contains(Condition.Contains node) {
    return Messages.keyConditionOperator("contains");
  }

  // ------------------------------------------------------------------ operands

  /** The first operand is the key; the others must be values. */
  private static String checkOperands(Operand key, Operand... values) {
    List<Operand> all = new ArrayList<>();
    all.add(key);
    all.addAll(List.of(values));
    OperandRules rules = new OperandRules();
    for (Operand operand : all) {
      String error = operand.accept(rules);
      if (error != null) {
        return error;
      }
    }
    return rules.paths == 0 ? Messages.keyConditionNoKey() : null;
  }

  /** One top-level path among values: no size(), no second path, no nested path. */
  private static final class OperandRules implements Operand.Visitor<String> {
    private int paths;

    @Override
    public String path(Path node) {
      if (++paths > 1) {
        return Messages.keyConditionMultipleNames();
      }
      return node.isTopLevel() ? null : Messages.keyConditionNestedAttribute();
    }

    @Override
    public String size(Operand.Size node) {
      return Messages.keyConditionNestedOperation();
    }

    @Override
    public String literal(Literal node) {
      return null;
    }

    @Override
    public String placeholder(Placeholder node) {
      return null;
    }
  }

  // checkOperands has passed: the key is the one path and every other operand a value.

  private static String keyName(Operand key) {
    return key.accept(Operands.AS_PATH).orElseThrow().topLevelName();
  }

  private static ValueOperand value(Operand value) {
    return value.accept(Operands.AS_VALUE).orElseThrow();
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
