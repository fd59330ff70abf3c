package io.keyspan.memory;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import java.util.List;
import java.util.stream.Stream;

/** The document paths an expression tree names, in the order written. */
final class ConditionPaths {
  private ConditionPaths() {}

  /** The top-level attribute names a condition names. */
  static List<String> of(Condition condition) {
    return paths(condition).map(Path::topLevelName).toList();
  }

  /** The top-level names an update writes (SET, REMOVE, ADD and DELETE targets). */
  static List<String> targets(UpdateExpression update) {
    return update.actions().stream().map(action -> action.path().topLevelName()).toList();
  }

  static Stream<Path> paths(Condition condition) {
    return condition.accept(PATHS);
  }

  /** Every path an update writes or reads, targets and SET values alike. */
  static Stream<Path> paths(UpdateExpression update) {
    return update.actions().stream()
        .flatMap(
            action ->
                action instanceof UpdateExpression.SetAction set
                    ? Stream.concat(Stream.of(set.path()), valuePaths(set.value()))
                    : Stream.of(action.path()));
  }

  private static final Operand.Visitor<Stream<Path>> OPERAND_PATHS =
      new Operand.Visitor<>() {
        @Override
        public Stream<Path> path(Path node) {
          return Stream.of(node);
        }

        @Override
        public Stream<Path> literal(Literal node) {
          return Stream.empty();
        }

        @Override
        public Stream<Path> placeholder(Placeholder node) {
          return Stream.empty();
        }

        @Override
        public Stream<Path> size(Operand.Size node) {
          return Stream.of(node.path());
        }
      };

  /** The paths a SET value reads; literals and placeholders read none. */
  private static Stream<Path> valuePaths(UpdateValue value) {
    if (value instanceof Path path) {
      return Stream.of(path);
    }
    if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      return Stream.concat(Stream.of(ifNotExists.path()), valuePaths(ifNotExists.fallback()));
    }
    if (value instanceof UpdateValue.ListAppend append) {
      return Stream.concat(valuePaths(append.first()), valuePaths(append.second()));
    }
    if (value instanceof UpdateValue.Plus plus) {
      return Stream.concat(valuePaths(plus.left()), valuePaths(plus.right()));
    }
    if (value instanceof UpdateValue.Minus minus) {
      return Stream.concat(valuePaths(minus.left()), valuePaths(minus.right()));
    }
    return Stream.empty();
  }

  private static final Condition.Visitor<Stream<Path>> PATHS =
      new Condition.Visitor<>() {
        @Override
        public Stream<Path> compare(Condition.Compare node) {
          return operands(node.left(), node.right());
        }

        @Override
        public Stream<Path> between(Condition.Between node) {
          return operands(node.value(), node.lower(), node.upper());
        }

        @Override
        public Stream<Path> in(Condition.In node) {
          return Stream.concat(
              operands(node.value()),
              node.candidates().stream().flatMap(c -> c.accept(OPERAND_PATHS)));
        }

        @Override
        public Stream<Path> and(Condition.And node) {
          return Stream.concat(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Stream<Path> or(Condition.Or node) {
          return Stream.concat(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Stream<Path> not(Condition.Not node) {
          return node.condition().accept(this);
        }

        @Override
        public Stream<Path> attributeExists(Condition.AttributeExists node) {
          return Stream.of(node.path());
        }

        @Override
        public Stream<Path> attributeNotExists(Condition.AttributeNotExists node) {
          return Stream.of(node.path());
        }

        @Override
        public Stream<Path> attributeType(Condition.AttributeType node) {
          return operands(node.operand());
        }

        @Override
        public Stream<Path> beginsWith(Condition.BeginsWith node) {
          return operands(node.subject(), node.prefix());
        }

        @Override
        public Stream<Path> contains(Condition.Contains node) {
          return operands(node.subject(), node.operand());
        }
      };

  private static Stream<Path> operands(Operand... operands) {
    return Stream.of(operands).flatMap(operand -> operand.accept(OPERAND_PATHS));
  }
}
