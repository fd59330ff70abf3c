package io.keyspan.expression.parser;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules DynamoDB applies to an expression before it reads any item, checked on a tree however
 * it was built: parsed from text, or made by the typed DSL. Constants ({@link Literal}s) are
 * checked against the operators they meet; {@link io.keyspan.expression.Placeholder}s are skipped,
 * so run these again after {@link Binder binding}. Item attributes are never involved: a wrong type
 * found in the item makes a condition false, not invalid (Developer Guide
 * Expressions.OperatorsAndFunctions).
 *
 * <p>The checks: ordering comparisons and BETWEEN with constants that have no order; BETWEEN
 * constant bounds of different types or in reverse order; begins_with, attribute_type, {@code +},
 * {@code -}, list_append, ADD and DELETE with constants of the wrong type; identical operands of a
 * comparison or function ({@code contains(a, a)}); list_append directly inside list_append; more
 * than 100 IN candidates; paths deeper than 32; clashing update or projection paths; more than 300
 * operators and functions in an update.
 */
public final class StaticChecks {
  /** DynamoDB's limit on the operands of IN. */
  public static final int MAX_IN_CANDIDATES = 100;

  /** DynamoDB's limit on the operators and functions of one update expression. */
  public static final int MAX_UPDATE_OPERATORS = 300;

  private static final Set<String> ATTRIBUTE_TYPES =
      Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

  private StaticChecks() {}

  /** Checks a condition or filter; {@code kind} is CONDITION or FILTER and names the messages. */
  public static ParseResult<Condition> condition(Condition condition, ExpressionKind kind) {
    Problems problems = new Problems(kind);
    checkCondition(condition, problems);
    return problems.result(condition);
  }

  /**
   * Checks a key condition: its constants, and the term shapes a tree built in code could get wrong
   * ({@code <>}, two terms on one attribute), with the messages DynamoDB gives for the text.
   */
  public static ParseResult<KeyCondition> keyCondition(KeyCondition keyCondition) {
    Problems problems = new Problems(ExpressionKind.KEY_CONDITION);
    List<KeyCondition.Term> terms = keyCondition.terms();
    for (KeyCondition.Term term : terms) {
      if (term instanceof KeyCondition.Compare compare && compare.op() == ComparisonOperator.NE) {
        problems.addUnprefixed(
            Rule.KEY_CONDITION,
            Messages.keyConditionOperator("<>"),
            ExpressionError.NO_POSITION,
            0);
      }
      checkCondition(asCondition(term), problems);
    }
    if (terms.size() == 2 && terms.get(0).attribute().equals(terms.get(1).attribute())) {
      problems.addUnprefixed(
          Rule.KEY_CONDITION, Messages.keyConditionOnePerKey(), ExpressionError.NO_POSITION, 0);
    }
    return problems.result(keyCondition);
  }

  public static ParseResult<Update> update(Update update) {
    Problems problems = new Problems(ExpressionKind.UPDATE);
    PathClashes.check(targets(update), problems);
    checkUpdateValues(update, problems);
    return problems.result(update);
  }

  public static ParseResult<Projection> projection(Projection projection) {
    Problems problems = new Problems(ExpressionKind.PROJECTION);
    checkProjection(projection, problems);
    return problems.result(projection);
  }

  static void checkProjection(Projection projection, Problems problems) {
    PathClashes.check(projection.paths(), problems);
    projection.paths().forEach(path -> checkDepth(path, problems));
  }

  // ---------------------------------------------------------------- conditions

  static void checkCondition(Condition condition, Problems problems) {
    if (condition instanceof Condition.And and) {
      checkCondition(and.left(), problems);
      checkCondition(and.right(), problems);
    } else if (condition instanceof Condition.Or or) {
      checkCondition(or.left(), problems);
      checkCondition(or.right(), problems);
    } else if (condition instanceof Condition.Not not) {
      checkCondition(not.condition(), problems);
    } else if (condition instanceof Condition.Compare compare) {
      checkOperands(problems, compare.left(), compare.right());
      checkDistinct(compare.op().symbol(), compare.left(), compare.right(), problems);
      if (compare.op().isOrdering()) {
        checkOrderable(compare.op().symbol(), problems, compare.left(), compare.right());
      }
    } else if (condition instanceof Condition.Between between) {
      checkOperands(problems, between.value(), between.lower(), between.upper());
      checkOrderable("BETWEEN", problems, between.value(), between.lower(), between.upper());
      checkBounds(between.lower(), between.upper(), problems);
    } else if (condition instanceof Condition.In in) {
      checkOperands(problems, in.value());
      checkOperands(problems, in.candidates().toArray(Operand[]::new));
      if (in.candidates().size() > MAX_IN_CANDIDATES) {
        problems.addUnplaced(Rule.LIMIT, Messages.tooManyInOperands(in.candidates().size()));
      }
    } else if (condition instanceof Condition.AttributeExists exists) {
      checkDepth(exists.path(), problems);
    } else if (condition instanceof Condition.AttributeNotExists notExists) {
      checkDepth(notExists.path(), problems);
    } else if (condition instanceof Condition.AttributeType attributeType) {
      checkOperands(problems, attributeType.operand(), attributeType.type());
      checkDistinct("attribute_type", attributeType.operand(), attributeType.type(), problems);
      checkAttributeTypeName(attributeType.type(), problems);
    } else if (condition instanceof Condition.BeginsWith beginsWith) {
      checkOperands(problems, beginsWith.subject(), beginsWith.prefix());
      checkDistinct("begins_with", beginsWith.subject(), beginsWith.prefix(), problems);
      for (Operand operand : List.of(beginsWith.subject(), beginsWith.prefix())) {
        AttributeValue.Type type = constantType(operand);
        if (type != null && type != AttributeValue.Type.S && type != AttributeValue.Type.B) {
          problems.addUnplaced(Rule.OPERAND_TYPE, Messages.operandType("begins_with", type.name()));
        }
      }
    } else {
      Condition.Contains contains = (Condition.Contains) condition;
      checkOperands(problems, contains.subject(), contains.operand());
      checkDistinct("contains", contains.subject(), contains.operand(), problems);
    }
  }

  private static void checkOperands(Problems problems, Operand... operands) {
    for (Operand operand : operands) {
      if (operand instanceof Path path) {
        checkDepth(path, problems);
      } else if (operand instanceof Operand.Size size) {
        checkDepth(size.path(), problems);
      }
    }
  }

  /** DynamoDB rejects {@code a = a}, {@code contains(a, a)} and the like. */
  private static void checkDistinct(
      String operator, Operand first, Operand second, Problems problems) {
    if (first instanceof Path path && first.equals(second)) {
      problems.addUnplaced(Rule.DISTINCT_OPERANDS, Messages.distinctOperands(operator, path));
    }
  }

  private static void checkOrderable(String operator, Problems problems, Operand... operands) {
    for (Operand operand : operands) {
      AttributeValue.Type type = constantType(operand);
      if (type != null && !type.isScalarKeyType()) {
        problems.addUnplaced(Rule.OPERAND_TYPE, Messages.operandType(operator, type.name()));
      }
    }
  }

  private static void checkBounds(Operand lower, Operand upper, Problems problems) {
    if (!(lower instanceof Literal low) || !(upper instanceof Literal high)) {
      return;
    }
    AttributeValue.Type lowType = low.value().type();
    AttributeValue.Type highType = high.value().type();
    if (!lowType.isScalarKeyType() || !highType.isScalarKeyType()) {
      return;
    }
    if (lowType != highType) {
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.betweenTypes(low.value(), high.value()));
    } else if (Values.compare(low.value(), high.value()) > 0) {
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.betweenOrder(low.value(), high.value()));
    }
  }

  private static void checkAttributeTypeName(Operand type, Problems problems) {
    if (type instanceof Path || type instanceof Operand.Size) {
      // attribute_type needs a value here; dynalite names every type it would accept.
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.attributeTypeOperandNotValue());
      return;
    }
    if (!(type instanceof Literal literal)) {
      return;
    }
    if (literal.value() instanceof AttributeValue.S name) {
      if (!ATTRIBUTE_TYPES.contains(name.value())) {
        problems.addUnplaced(Rule.OPERAND_TYPE, Messages.unknownAttributeType(name.value()));
      }
    } else {
      problems.addUnplaced(
          Rule.OPERAND_TYPE, Messages.operandType("attribute_type", literal.value().type().name()));
    }
  }

  private static AttributeValue.Type constantType(Operand operand) {
    return operand instanceof Literal literal ? literal.value().type() : null;
  }

  private static Condition asCondition(KeyCondition.Term term) {
    if (term instanceof KeyCondition.Compare compare) {
      return new Condition.Compare(Path.of(compare.attribute()), compare.op(), compare.value());
    }
    if (term instanceof KeyCondition.Between between) {
      return new Condition.Between(Path.of(between.attribute()), between.lower(), between.upper());
    }
    KeyCondition.BeginsWith beginsWith = (KeyCondition.BeginsWith) term;
    return new Condition.BeginsWith(Path.of(beginsWith.attribute()), beginsWith.prefix());
  }

  // ------------------------------------------------------------------- updates

  /** The paths an update writes, clause by clause. */
  private static List<Path> targets(Update update) {
    List<Path> targets = new ArrayList<>();
    update.set().forEach(action -> targets.add(action.path()));
    targets.addAll(update.remove());
    update.add().forEach(action -> targets.add(action.path()));
    update.delete().forEach(action -> targets.add(action.path()));
    return targets;
  }

  /** Every update rule except path clashes, which the parser checks in written order. */
  static void checkUpdateValues(Update update, Problems problems) {
    int operators = 0;
    for (Update.SetAction action : update.set()) {
      checkDepth(action.path(), problems);
      UpdateValue value = action.value();
      if (value instanceof UpdateValue.Plus plus) {
        checkNoArithmetic(plus.left(), problems);
        checkNoArithmetic(plus.right(), problems);
      } else if (value instanceof UpdateValue.Minus minus) {
        checkNoArithmetic(minus.left(), problems);
        checkNoArithmetic(minus.right(), problems);
      } else {
        checkNoArithmetic(value, problems);
      }
      operators += checkSetValue(value, problems);
    }
    update.remove().forEach(path -> checkDepth(path, problems));
    for (Update.AddAction action : update.add()) {
      checkDepth(action.path(), problems);
      AttributeValue.Type type = constantType(action.value());
      if (type != null && type != AttributeValue.Type.N && !type.isSet()) {
        problems.addUnplaced(Rule.OPERAND_TYPE, Messages.actionOperandType("ADD", type));
      }
    }
    for (Update.DeleteAction action : update.delete()) {
      checkDepth(action.path(), problems);
      AttributeValue.Type type = constantType(action.value());
      if (type != null && !type.isSet()) {
        problems.addUnplaced(Rule.OPERAND_TYPE, Messages.actionOperandType("DELETE", type));
      }
    }
    if (operators > MAX_UPDATE_OPERATORS) {
      problems.addUnplaced(Rule.LIMIT, Messages.tooManyOperators(operators));
    }
  }

  /** Checks a SET value and returns how many operators and functions it holds. */
  private static int checkSetValue(UpdateValue value, Problems problems) {
    if (value instanceof Path path) {
      checkDepth(path, problems);
      return 0;
    }
    if (value instanceof ValueOperand) {
      return 0;
    }
    if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      checkDepth(ifNotExists.path(), problems);
      return 1 + checkSetValue(ifNotExists.fallback(), problems);
    }
    if (value instanceof UpdateValue.ListAppend append) {
      for (UpdateValue operand : List.of(append.first(), append.second())) {
        if (operand instanceof UpdateValue.ListAppend) {
          problems.addUnplaced(Rule.MISUSED_FUNCTION, Messages.misusedFunction("list_append"));
        }
        checkConstant("list_append", operand, AttributeValue.Type.L, problems);
      }
      return 1 + checkSetValue(append.first(), problems) + checkSetValue(append.second(), problems);
    }
    UpdateValue left;
    UpdateValue right;
    String operator;
    if (value instanceof UpdateValue.Plus plus) {
      left = plus.left();
      right = plus.right();
      operator = "+";
    } else {
      UpdateValue.Minus minus = (UpdateValue.Minus) value;
      left = minus.left();
      right = minus.right();
      operator = "-";
    }
    checkConstant(operator, left, AttributeValue.Type.N, problems);
    checkConstant(operator, right, AttributeValue.Type.N, problems);
    return 1 + checkSetValue(left, problems) + checkSetValue(right, problems);
  }

  /**
   * The grammar has {@code +} and {@code -} only at the top of a SET value, so a tree built in code
   * with one deeper could not be written as DynamoDB text.
   */
  private static void checkNoArithmetic(UpdateValue value, Problems problems) {
    if (value instanceof UpdateValue.Plus) {
      problems.addUnplaced(Rule.MISUSED_FUNCTION, Messages.nestedArithmetic("+"));
    } else if (value instanceof UpdateValue.Minus) {
      problems.addUnplaced(Rule.MISUSED_FUNCTION, Messages.nestedArithmetic("-"));
    } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      checkNoArithmetic(ifNotExists.fallback(), problems);
    } else if (value instanceof UpdateValue.ListAppend append) {
      checkNoArithmetic(append.first(), problems);
      checkNoArithmetic(append.second(), problems);
    }
  }

  private static void checkConstant(
      String operator, UpdateValue operand, AttributeValue.Type expected, Problems problems) {
    if (operand instanceof Literal literal && literal.value().type() != expected) {
      problems.addUnplaced(
          Rule.OPERAND_TYPE, Messages.operandType(operator, literal.value().type().name()));
    }
  }

  // --------------------------------------------------------------------- paths

  private static void checkDepth(Path path, Problems problems) {
    if (path.depth() > Path.MAX_DEPTH) {
      problems.addUnplaced(Rule.LIMIT, Messages.nestingLevels(path.depth()));
    }
  }
}
