package io.keyspan.expression.parser;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.value.AttributeValue;

/**
 * The {@link StaticChecks} of an update, except path clashes, which the parser checks in written
 * order: constants against the operators and actions they meet, arithmetic below the top of a SET
 * value, list_append directly inside list_append, path depths, and the operator limit. Each visit
 * of an action returns how many operators and functions it holds.
 */
final class UpdateChecks implements UpdateExpression.Action.Visitor<Integer> {
  private final Problems problems;

  private UpdateChecks(Problems problems) {
    this.problems = problems;
  }

  static void check(UpdateExpression update, Problems problems) {
    UpdateChecks checks = new UpdateChecks(problems);
    int operators = 0;
    for (UpdateExpression.Action action : update.actions()) {
      operators += action.accept(checks);
    }
    if (operators > StaticChecks.MAX_UPDATE_OPERATORS) {
      problems.addUnplaced(Rule.LIMIT, Messages.tooManyOperators(operators));
    }
  }

  @Override
  public Integer set(UpdateExpression.SetAction action) {
    StaticChecks.checkDepth(action.path(), problems);
    action.value().accept(new ArithmeticPlacement(problems, true));
    return action.value().accept(new SetValueChecks(problems));
  }

  @Override
  public Integer remove(UpdateExpression.RemoveAction action) {
    StaticChecks.checkDepth(action.path(), problems);
    return 0;
  }

  @Override
  public Integer add(UpdateExpression.AddAction action) {
    StaticChecks.checkDepth(action.path(), problems);
    AttributeValue.Type type = ConditionChecks.constantType(action.value());
    if (type != null && type != AttributeValue.Type.N && !type.isSet()) {
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.actionOperandType("ADD", type));
    }
    return 0;
  }

  @Override
  public Integer delete(UpdateExpression.DeleteAction action) {
    StaticChecks.checkDepth(action.path(), problems);
    AttributeValue.Type type = ConditionChecks.constantType(action.value());
    if (type != null && !type.isSet()) {
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.actionOperandType("DELETE", type));
    }
    return 0;
  }

  /** Checks a SET value and returns how many operators and functions it holds. */
  private static final class SetValueChecks implements UpdateValue.Visitor<Integer> {
    private final Problems problems;

    SetValueChecks(Problems problems) {
      this.problems = problems;
    }

    @Override
    public Integer path(Path node) {
      StaticChecks.checkDepth(node, problems);
      return 0;
    }

    @Override
    public Integer literal(Literal node) {
      return 0;
    }

    @Override
    public Integer placeholder(Placeholder node) {
      return 0;
    }

    @Override
    public Integer ifNotExists(UpdateValue.IfNotExists node) {
      StaticChecks.checkDepth(node.path(), problems);
      return 1 + node.fallback().accept(this);
    }

    @Override
    public Integer listAppend(UpdateValue.ListAppend node) {
      return operation(node.first(), "list_append", AttributeValue.Type.L, node.second());
    }

    @Override
    public Integer plus(UpdateValue.Plus node) {
      return operation(node.left(), "+", AttributeValue.Type.N, node.right());
    }

    @Override
    public Integer minus(UpdateValue.Minus node) {
      return operation(node.left(), "-", AttributeValue.Type.N, node.right());
    }

    /** Both operands checked against the operation first, then each in depth. */
    private int operation(
        UpdateValue first, String operator, AttributeValue.Type expected, UpdateValue second) {
      checkOperand(first, operator, expected, problems);
      checkOperand(second, operator, expected, problems);
      return 1 + first.accept(this) + second.accept(this);
    }
  }

  /**
   * What one operand of list_append, {@code +} or {@code -} may not be: a constant of another type
   * than the operation takes, or (for list_append) a list_append itself. Other operands are checked
   * in depth by {@link SetValueChecks}.
   */
  private static void checkOperand(
      UpdateValue operand, String operator, AttributeValue.Type expected, Problems problems) {
    if (operand instanceof Literal literal && literal.value().type() != expected) {
      problems.addUnplaced(
          Rule.OPERAND_TYPE, Messages.operandType(operator, literal.value().type().name()));
    }
    if (operand instanceof UpdateValue.ListAppend && operator.equals("list_append")) {
      problems.addUnplaced(Rule.MISUSED_FUNCTION, Messages.misusedFunction("list_append"));
    }
  }

  /**
   * The grammar has {@code +} and {@code -} only at the top of a SET value, so a tree built in code
   * with one deeper could not be written as DynamoDB text.
   */
  private static final class ArithmeticPlacement implements UpdateValue.Visitor<Void> {
    private final Problems problems;
    private final boolean atTop;

    ArithmeticPlacement(Problems problems, boolean atTop) {
      this.problems = problems;
      this.atTop = atTop;
    }

    @Override
    public Void plus(UpdateValue.Plus node) {
      return arithmetic("+", node.left(), node.right());
    }

    @Override
    public Void minus(UpdateValue.Minus node) {
      return arithmetic("-", node.left(), node.right());
    }

    private Void arithmetic(String operator, UpdateValue left, UpdateValue right) {
      if (!atTop) {
        problems.addUnplaced(Rule.MISUSED_FUNCTION, Messages.nestedArithmetic(operator));
        return null;
      }
      ArithmeticPlacement below = new ArithmeticPlacement(problems, false);
      left.accept(below);
      return right.accept(below);
    }

    @Override
    public Void ifNotExists(UpdateValue.IfNotExists node) {
      return node.fallback().accept(new ArithmeticPlacement(problems, false));
    }

    @Override
    public Void listAppend(UpdateValue.ListAppend node) {
      ArithmeticPlacement below = new ArithmeticPlacement(problems, false);
      node.first().accept(below);
      return node.second().accept(below);
    }

    @Override
    public Void path(Path node) {
      return null;
    }

    @Override
    public Void literal(Literal node) {
      return null;
    }

    @Override
    public Void placeholder(Placeholder node) {
      return null;
    }
  }
}
