package io.keyspan.expression.parser;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
import java.util.List;
import java.util.Set;

/**
 * The {@link StaticChecks} of a condition or filter: constants against the operators they meet,
 * identical operands, IN's candidate limit and path depths.
 */
final class ConditionChecks extends Condition.Scanner {
  private static final Set<String> ATTRIBUTE_TYPES =
      Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

  private final Problems problems;

  private ConditionChecks(Problems problems) {
    this.problems = problems;
  }

  static void check(Condition condition, Problems problems) {
    condition.accept(new ConditionChecks(problems));
  }

  @Override
  public Void compare(Condition.Compare node) {
    checkDepths(node.left(), node.right());
    checkDistinct(node.op().symbol(), node.left(), node.right());
    if (node.op().isOrdering()) {
      checkOrderable(node.op().symbol(), node.left(), node.right());
    }
    return null;
  }

  @Override
  public Void between(Condition.Between node) {
    checkDepths(node.value(), node.lower(), node.upper());
    checkOrderable("BETWEEN", node.value(), node.lower(), node.upper());
    checkBounds(node.lower(), node.upper());
    return null;
  }

  @Override
  public Void in(Condition.In node) {
    checkDepths(node.value());
    checkDepths(node.candidates().toArray(Operand[]::new));
    if (node.candidates().size() > StaticChecks.MAX_IN_CANDIDATES) {
      problems.addUnplaced(Rule.LIMIT, Messages.tooManyInOperands(node.candidates().size()));
    }
    return null;
  }

  @Override
  public Void attributeExists(Condition.AttributeExists node) {
    StaticChecks.checkDepth(node.path(), problems);
    return null;
  }

  @Override
  public Void attributeNotExists(Condition.AttributeNotExists node) {
    StaticChecks.checkDepth(node.path(), problems);
    return null;
  }

  @Override
  public Void attributeType(Condition.AttributeType node) {
    checkDepths(node.operand(), node.type());
    checkDistinct("attribute_type", node.operand(), node.type());
    return node.type().accept(typeNameChecks);
  }

  @Override
  public Void beginsWith(Condition.BeginsWith node) {
    checkDepths(node.subject(), node.prefix());
    checkDistinct("begins_with", node.subject(), node.prefix());
    for (Operand operand : List.of(node.subject(), node.prefix())) {
      AttributeValue.Type type = constantType(operand);
      if (type != null && type != AttributeValue.Type.S && type != AttributeValue.Type.B) {
        problems.addUnplaced(Rule.OPERAND_TYPE, Messages.operandType("begins_with", type.name()));
      }
    }
    return null;
  }

  @Override
  public Void contains(Condition.Contains node) {
    checkDepths(node.subject(), node.operand());
    checkDistinct("contains", node.subject(), node.operand());
    return null;
  }

  // ----------------------------------------------------------------- operands

  private void checkDepths(Operand... operands) {
    for (Operand operand : operands) {
      operand.accept(Operands.PATH_READ).ifPresent(path -> StaticChecks.checkDepth(path, problems));
    }
  }

  /** DynamoDB rejects {@code a = a}, {@code contains(a, a)} and the like. */
  private void checkDistinct(String operator, Operand first, Operand second) {
    first
        .accept(Operands.AS_PATH)
        .filter(path -> path.equals(second))
        .ifPresent(
            path ->
                problems.addUnplaced(
                    Rule.DISTINCT_OPERANDS, Messages.distinctOperands(operator, path)));
  }

  private void checkOrderable(String operator, Operand... operands) {
    for (Operand operand : operands) {
      AttributeValue.Type type = constantType(operand);
      if (type != null && !type.isScalarKeyType()) {
        problems.addUnplaced(Rule.OPERAND_TYPE, Messages.operandType(operator, type.name()));
      }
    }
  }

  private void checkBounds(Operand lower, Operand upper) {
    AttributeValue low = lower.accept(Operands.CONSTANT);
    AttributeValue high = upper.accept(Operands.CONSTANT);
    if (low == null || high == null) {
      return;
    }
    if (!low.type().isScalarKeyType() || !high.type().isScalarKeyType()) {
      return;
    }
    if (low.type() != high.type()) {
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.betweenTypes(low, high));
    } else if (Values.compare(low, high) > 0) {
      problems.addUnplaced(Rule.OPERAND_TYPE, Messages.betweenOrder(low, high));
    }
  }

  /** The type operand of attribute_type: a constant S naming one of DynamoDB's types. */
  private final Operand.Visitor<Void> typeNameChecks =
      new Operand.Visitor<>() {
        @Override
        public Void path(Path node) {
          return notAValue();
        }

        @Override
        public Void size(Operand.Size node) {
          return notAValue();
        }

        // attribute_type needs a value here; dynalite names every type it would accept.
        private Void notAValue() {
          problems.addUnplaced(Rule.OPERAND_TYPE, Messages.attributeTypeOperandNotValue());
          return null;
        }

        @Override
        public Void placeholder(Placeholder node) {
          return null;
        }

        @Override
        public Void literal(Literal node) {
          if (!(node.value() instanceof AttributeValue.S name)) {
            problems.addUnplaced(
                Rule.OPERAND_TYPE,
                Messages.operandType("attribute_type", node.value().type().name()));
          } else if (!ATTRIBUTE_TYPES.contains(name.value())) {
            problems.addUnplaced(Rule.OPERAND_TYPE, Messages.unknownAttributeType(name.value()));
          }
          return null;
        }
      };

  /** The type of a constant operand, or null for any other. */
  static AttributeValue.Type constantType(Operand operand) {
    AttributeValue constant = operand.accept(Operands.CONSTANT);
    return constant == null ? null : constant.type();
  }
}
