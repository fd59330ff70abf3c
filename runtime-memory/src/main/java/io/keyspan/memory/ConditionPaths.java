package io.keyspan.memory;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Update;
import java.util.List;
import java.util.stream.Stream;

/** The top-level attribute names an expression tree names, in the order written. */
final class ConditionPaths {
  private ConditionPaths() {}

  static List<String> of(Condition condition) {
    return condition.accept(NAMES).toList();
  }

  /** The top-level names an update writes (SET, REMOVE, ADD and DELETE targets). */
  static List<String> targets(Update update) {
    return update.actions().stream().map(action -> action.path().topLevelName()).toList();
  }

  private static final Operand.Visitor<Stream<String>> OPERAND_NAMES =
      new Operand.Visitor<>() {
        @Override
        public Stream<String> path(Path node) {
          return Stream.of(node.topLevelName());
        }

        @Override
        public Stream<String> literal(Literal node) {
          return Stream.empty();
        }

        @Override
        public Stream<String> placeholder(Placeholder node) {
          return Stream.empty();
        }

        @Override
        public Stream<String> size(Operand.Size node) {
          return Stream.of(node.path().topLevelName());
        }
      };

  private static final Condition.Visitor<Stream<String>> NAMES =
      new Condition.Visitor<>() {
        @Override
        public Stream<String> compare(Condition.Compare node) {
          return operands(node.left(), node.right());
        }

        @Override
        public Stream<String> between(Condition.Between node) {
          return operands(node.value(), node.lower(), node.upper());
        }

        @Override
        public Stream<String> in(Condition.In node) {
          return Stream.concat(
              operands(node.value()),
              node.candidates().stream().flatMap(c -> c.accept(OPERAND_NAMES)));
        }

        @Override
        public Stream<String> and(Condition.And node) {
          return Stream.concat(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Stream<String> or(Condition.Or node) {
          return Stream.concat(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Stream<String> not(Condition.Not node) {
          return node.condition().accept(this);
        }

        @Override
        public Stream<String> attributeExists(Condition.AttributeExists node) {
          return Stream.of(node.path().topLevelName());
        }

        @Override
        public Stream<String> attributeNotExists(Condition.AttributeNotExists node) {
          return Stream.of(node.path().topLevelName());
        }

        @Override
        public Stream<String> attributeType(Condition.AttributeType node) {
          return operands(node.operand());
        }

        @Override
        public Stream<String> beginsWith(Condition.BeginsWith node) {
          return operands(node.subject(), node.prefix());
        }

        @Override
        public Stream<String> contains(Condition.Contains node) {
          return operands(node.subject(), node.operand());
        }
      };

  private static Stream<String> operands(Operand... operands) {
    return Stream.of(operands).flatMap(operand -> operand.accept(OPERAND_NAMES));
  }
}
