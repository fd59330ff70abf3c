package io.keyspan.expression.parser;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.expression.parser.Syntax.AddNode;
import io.keyspan.expression.parser.Syntax.AndNode;
import io.keyspan.expression.parser.Syntax.Arithmetic;
import io.keyspan.expression.parser.Syntax.BetweenNode;
import io.keyspan.expression.parser.Syntax.CallNode;
import io.keyspan.expression.parser.Syntax.CompareNode;
import io.keyspan.expression.parser.Syntax.ConditionNode;
import io.keyspan.expression.parser.Syntax.DeleteNode;
import io.keyspan.expression.parser.Syntax.FunctionNode;
import io.keyspan.expression.parser.Syntax.InNode;
import io.keyspan.expression.parser.Syntax.IndexStep;
import io.keyspan.expression.parser.Syntax.NameStep;
import io.keyspan.expression.parser.Syntax.NotNode;
import io.keyspan.expression.parser.Syntax.OperandNode;
import io.keyspan.expression.parser.Syntax.OrNode;
import io.keyspan.expression.parser.Syntax.PathNode;
import io.keyspan.expression.parser.Syntax.RepeatedClause;
import io.keyspan.expression.parser.Syntax.SetNode;
import io.keyspan.expression.parser.Syntax.Step;
import io.keyspan.expression.parser.Syntax.UpdateNode;
import io.keyspan.expression.parser.Syntax.ValueNode;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns syntax into the AST: resolves {@code #name}s, checks bare names against the reserved words,
 * resolves {@code :value}s (to literals in request mode, to placeholders otherwise), and applies
 * the function rules: known names, operand counts, where each function may stand. Problems are
 * collected, not thrown; a tree built while problems were found is discarded.
 */
final class Resolver {
  /** The functions of condition expressions, with their operand counts. */
  private static final Map<String, Integer> CONDITION_FUNCTIONS =
      Map.of(
          "attribute_exists",
          1,
          "attribute_not_exists",
          1,
          "attribute_type",
          2,
          "begins_with",
          2,
          "contains",
          2,
          "size",
          1);

  /** The functions of update expressions; both take two operands. */
  private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");

  /** The types size() rejects: a constant of one of them is an error before any item is read. */
  private static final Set<AttributeValue.Type> SIZELESS =
      EnumSet.of(AttributeValue.Type.N, AttributeValue.Type.BOOL, AttributeValue.Type.NULL);

  /** Stands in for a part that could not be resolved; its tree is never returned. */
  private static final Path UNRESOLVED = Path.of("?");

  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private final boolean rejectReservedWords;
  private final Set<String> usedNames;
  private final Set<String> usedValues;
  private final Problems problems;

  /**
   * @param values the values of a request, or null to keep {@code :value}s as placeholders
   * @param usedNames receives every {@code #name} resolved; {@code usedValues} likewise
   */
  Resolver(
      Map<String, String> names,
      Map<String, AttributeValue> values,
      boolean rejectReservedWords,
      Set<String> usedNames,
      Set<String> usedValues,
      Problems problems) {
    this.names = names;
    this.values = values;
    this.rejectReservedWords = rejectReservedWords;
    this.usedNames = usedNames;
    this.usedValues = usedValues;
    this.problems = problems;
  }

  // ---------------------------------------------------------------- conditions

  Condition condition(ConditionNode node) {
    return node.accept(conditions);
  }

  private final ConditionNode.Visitor<Condition> conditions =
      new ConditionNode.Visitor<>() {
        @Override
        public Condition compare(CompareNode node) {
          return new Condition.Compare(comparand(node.left()), node.op(), comparand(node.right()));
        }

        @Override
        public Condition between(BetweenNode node) {
          return new Condition.Between(
              comparand(node.value()), comparand(node.lower()), comparand(node.upper()));
        }

        @Override
        public Condition in(InNode node) {
          return new Condition.In(
              comparand(node.value()),
              node.candidates().stream().map(Resolver.this::comparand).toList());
        }

        @Override
        public Condition and(AndNode node) {
          return new Condition.And(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Condition or(OrNode node) {
          return new Condition.Or(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Condition not(NotNode node) {
          return new Condition.Not(node.condition().accept(this));
        }

        @Override
        public Condition function(FunctionNode node) {
          return Resolver.this.function(node.call());
        }
      };

  /** A function standing as a condition of its own. */
  private Condition function(CallNode call) {
    String name = call.name();
    if (!CONDITION_FUNCTIONS.containsKey(name) || name.equals("size")) {
      rejectCall(call);
      return new Condition.AttributeExists(UNRESOLVED);
    }
    List<Operand> arguments = call.arguments().stream().map(this::comparand).toList();
    if (arguments.size() != CONDITION_FUNCTIONS.get(name)) {
      problems.add(Rule.OPERAND_COUNT, Messages.operandCount(name, arguments.size()), call);
      return new Condition.AttributeExists(UNRESOLVED);
    }
    switch (name) {
      case "attribute_exists":
        return new Condition.AttributeExists(requirePath(call, arguments.get(0)));
      case "attribute_not_exists":
        return new Condition.AttributeNotExists(requirePath(call, arguments.get(0)));
      case "attribute_type":
        return new Condition.AttributeType(arguments.get(0), arguments.get(1));
      case "begins_with":
        return new Condition.BeginsWith(arguments.get(0), arguments.get(1));
      default:
        return new Condition.Contains(arguments.get(0), arguments.get(1));
    }
  }

  private Path requirePath(CallNode call, Operand argument) {
    return argument.accept(Operands.AS_PATH).orElseGet(() -> notAPath(call));
  }

  private Path notAPath(CallNode call) {
    problems.add(Rule.OPERAND_TYPE, Messages.documentPathRequired(call.name()), call);
    return UNRESOLVED;
  }

  /** An operand of a comparison or function: a path, a value or {@code size(path)}. */
  private Operand comparand(OperandNode node) {
    return node.accept(comparands);
  }

  private final OperandNode.Visitor<Operand> comparands =
      new OperandNode.Visitor<>() {
        @Override
        public Operand path(PathNode node) {
          return Resolver.this.path(node);
        }

        @Override
        public Operand value(ValueNode node) {
          return Resolver.this.value(node);
        }

        @Override
        public Operand call(CallNode call) {
          return size(call);
        }
      };

  /** A call as an operand of a comparison or function: only {@code size(path)} may stand there. */
  private Operand size(CallNode call) {
    if (!call.name().equals("size")) {
      rejectCall(call);
      return UNRESOLVED;
    }
    if (call.arguments().size() != 1) {
      call.arguments().forEach(this::comparand);
      problems.add(
          Rule.OPERAND_COUNT, Messages.operandCount("size", call.arguments().size()), call);
      return UNRESOLVED;
    }
    Operand argument = comparand(call.arguments().get(0));
    AttributeValue constant = argument.accept(Operands.CONSTANT);
    if (constant != null && SIZELESS.contains(constant.type())) {
      problems.add(Rule.OPERAND_TYPE, Messages.operandType("size", constant.type().name()), call);
      return UNRESOLVED;
    }
    // The AST's size() takes a path, so size(:value) of a sized type has no tree to become.
    return new Operand.Size(requirePath(call, argument));
  }

  /** A call that may not stand where it was written: misused, or unknown. */
  private void rejectCall(CallNode call) {
    boolean known =
        CONDITION_FUNCTIONS.containsKey(call.name()) || UPDATE_FUNCTIONS.contains(call.name());
    problems.add(
        known ? Rule.MISUSED_FUNCTION : Rule.UNKNOWN_FUNCTION,
        known ? Messages.misusedFunction(call.name()) : Messages.unknownFunction(call.name()),
        call);
  }

  // ------------------------------------------------------------------- updates

  UpdateExpression update(UpdateNode node) {
    for (RepeatedClause repeated : node.repeatedClauses()) {
      problems.add(Rule.REPEATED_CLAUSE, Messages.repeatedClause(repeated.clause()), repeated);
    }
    List<UpdateExpression.SetAction> set = new ArrayList<>();
    for (SetNode action : node.set()) {
      set.add(new UpdateExpression.SetAction(path(action.path()), setValue(action)));
    }
    List<Path> remove = node.remove().stream().map(this::path).toList();
    List<UpdateExpression.AddAction> add = new ArrayList<>();
    for (AddNode action : node.add()) {
      add.add(new UpdateExpression.AddAction(path(action.path()), value(action.value())));
    }
    List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
    for (DeleteNode action : node.delete()) {
      delete.add(new UpdateExpression.DeleteAction(path(action.path()), value(action.value())));
    }
    return new UpdateExpression(set, remove, add, delete);
  }

  private UpdateValue setValue(SetNode action) {
    UpdateValue left = updateOperand(action.left());
    if (action.arithmetic() == Arithmetic.NONE) {
      return left;
    }
    UpdateValue right = updateOperand(action.right());
    return action.arithmetic() == Arithmetic.PLUS
        ? new UpdateValue.Plus(left, right)
        : new UpdateValue.Minus(left, right);
  }

  private UpdateValue updateOperand(OperandNode node) {
    return node.accept(updateOperands);
  }

  private final OperandNode.Visitor<UpdateValue> updateOperands =
      new OperandNode.Visitor<>() {
        @Override
        public UpdateValue path(PathNode node) {
          return Resolver.this.path(node);
        }

        @Override
        public UpdateValue value(ValueNode node) {
          return Resolver.this.value(node);
        }

        @Override
        public UpdateValue call(CallNode call) {
          return updateFunction(call);
        }
      };

  /** A call in a SET value: if_not_exists or list_append. */
  private UpdateValue updateFunction(CallNode call) {
    if (!UPDATE_FUNCTIONS.contains(call.name())) {
      problems.add(Rule.UNKNOWN_FUNCTION, Messages.unknownFunction(call.name()), call);
      return UNRESOLVED;
    }
    List<UpdateValue> arguments = call.arguments().stream().map(this::updateOperand).toList();
    if (arguments.size() != 2) {
      problems.add(Rule.OPERAND_COUNT, Messages.operandCount(call.name(), arguments.size()), call);
      return UNRESOLVED;
    }
    if (call.name().equals("list_append")) {
      return new UpdateValue.ListAppend(arguments.get(0), arguments.get(1));
    }
    return arguments
        .get(0)
        .accept(Operands.AS_PATH)
        .<UpdateValue>map(path -> new UpdateValue.IfNotExists(path, arguments.get(1)))
        .orElseGet(() -> notAPath(call));
  }

  // ---------------------------------------------------------------- projection

  Projection projection(List<PathNode> paths) {
    return new Projection(paths.stream().map(this::path).toList());
  }

  // ------------------------------------------------------------ names, values

  Path path(PathNode node) {
    List<PathElement> elements = new ArrayList<>();
    for (Step step : node.steps()) {
      elements.add(step.accept(steps));
    }
    return new Path(elements);
  }

  private final Step.Visitor<PathElement> steps =
      new Step.Visitor<>() {
        @Override
        public PathElement name(NameStep step) {
          return new PathElement.Attribute(Resolver.this.name(step));
        }

        @Override
        public PathElement index(IndexStep step) {
          return new PathElement.Index(step.index());
        }
      };

  private String name(NameStep step) {
    if (!step.isReference()) {
      if (rejectReservedWords && ReservedWords.isReserved(step.text())) {
        problems.add(Rule.RESERVED_WORD, Messages.reservedWord(step.text()), step);
      }
      return step.text();
    }
    String name = names.get(step.text());
    if (name == null || name.isEmpty()) { // an empty name counts as none, as in dynalite
      problems.add(Rule.UNDEFINED_PLACEHOLDER, Messages.undefinedName(step.text()), step);
      return UNRESOLVED.topLevelName();
    }
    usedNames.add(step.text());
    return name;
  }

  private ValueOperand value(ValueNode node) {
    if (values == null) {
      usedValues.add(node.name());
      return new Placeholder(node.name());
    }
    AttributeValue value = values.get(node.name());
    if (value == null) {
      problems.add(Rule.UNDEFINED_PLACEHOLDER, Messages.undefinedValue(node.name()), node);
      return new Placeholder(node.name());
    }
    usedValues.add(node.name());
    return new Literal(value);
  }
}
