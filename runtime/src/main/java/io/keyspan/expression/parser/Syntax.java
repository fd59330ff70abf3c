package io.keyspan.expression.parser;

import io.keyspan.expression.ComparisonOperator;
import java.util.List;

/**
 * The concrete syntax tree: what the text says, before names are resolved and before the rules that
 * are not grammar (function names, operand counts, reserved words) are applied. Every node keeps
 * its span in the text so that later errors can point at it. Each family of nodes has a visitor, so
 * that a new kind of node fails to compile in the resolver until it is handled.
 */
final class Syntax {
  private Syntax() {}

  /** A span of expression text, {@code end} exclusive. */
  interface Spanned {
    int start();

    int end();
  }

  // ------------------------------------------------------------------ operands

  sealed interface OperandNode extends Spanned permits PathNode, ValueNode, CallNode {
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
      R path(PathNode node);

      R value(ValueNode node);

      R call(CallNode node);
    }
  }

  /** A document path; its steps are names (bare or {@code #ref}) and list indexes. */
  record PathNode(List<Step> steps, int start, int end) implements OperandNode {
    PathNode {
      steps = List.copyOf(steps);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.path(this);
    }
  }

  sealed interface Step permits NameStep, IndexStep {
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
      R name(NameStep step);

      R index(IndexStep step);
    }
  }

  /** A bare name or a {@code #name} reference, as written. */
  record NameStep(String text, int start, int end) implements Step, Spanned {
    boolean isReference() {
      return text.charAt(0) == '#';
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.name(this);
    }
  }

  record IndexStep(int index) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.index(this);
    }
  }

  /** A {@code :value} reference. */
  record ValueNode(String name, int start, int end) implements OperandNode {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.value(this);
    }
  }

  /** {@code name(arguments...)}: any word followed by parentheses parses as a call. */
  record CallNode(String name, List<OperandNode> arguments, int start, int end)
      implements OperandNode {
    CallNode {
      arguments = List.copyOf(arguments);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.call(this);
    }
  }

  // ---------------------------------------------------------------- conditions

  sealed interface ConditionNode extends Spanned
      permits CompareNode, BetweenNode, InNode, AndNode, OrNode, NotNode, FunctionNode {
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
      R compare(CompareNode node);

      R between(BetweenNode node);

      R in(InNode node);

      R and(AndNode node);

      R or(OrNode node);

      R not(NotNode node);

      R function(FunctionNode node);
    }
  }

  record CompareNode(OperandNode left, ComparisonOperator op, OperandNode right, int start, int end)
      implements ConditionNode {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.compare(this);
    }
  }

  record BetweenNode(OperandNode value, OperandNode lower, OperandNode upper, int start, int end)
      implements ConditionNode {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.between(this);
    }
  }

  record InNode(OperandNode value, List<OperandNode> candidates, int start, int end)
      implements ConditionNode {
    InNode {
      candidates = List.copyOf(candidates);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.in(this);
    }
  }

  record AndNode(ConditionNode left, ConditionNode right, int start, int end)
      implements ConditionNode {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.and(this);
    }
  }

  record OrNode(ConditionNode left, ConditionNode right, int start, int end)
      implements ConditionNode {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.or(this);
    }
  }

  record NotNode(ConditionNode condition, int start, int end) implements ConditionNode {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }
  }

  /** A call standing as a condition of its own, such as {@code attribute_exists(a)}. */
  record FunctionNode(CallNode call) implements ConditionNode {
    @Override
    public int start() {
      return call.start();
    }

    @Override
    public int end() {
      return call.end();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.function(this);
    }
  }

  // ------------------------------------------------------------------- updates

  /**
   * The four clauses; {@code targetsInOrder} holds the paths the actions write in the order
   * written, which the overlap rules follow; {@code repeatedClauses} the clause keywords seen a
   * second time.
   */
  record UpdateNode(
      List<SetNode> set,
      List<PathNode> remove,
      List<AddNode> add,
      List<DeleteNode> delete,
      List<PathNode> targetsInOrder,
      List<RepeatedClause> repeatedClauses) {}

  /** A clause keyword seen a second time ("SET", "REMOVE", ...), with its span. */
  record RepeatedClause(String clause, int start, int end) implements Spanned {}

  /** {@code path = left}, or {@code path = left + right} / {@code left - right}. */
  record SetNode(
      PathNode path, OperandNode left, Arithmetic arithmetic, OperandNode right, int start, int end)
      implements Spanned {}

  enum Arithmetic {
    NONE,
    PLUS,
    MINUS
  }

  record AddNode(PathNode path, ValueNode value) {}

  record DeleteNode(PathNode path, ValueNode value) {}
}
