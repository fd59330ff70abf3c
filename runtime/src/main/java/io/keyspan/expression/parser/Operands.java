package io.keyspan.expression.parser;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;
import java.util.Optional;

/** What the checks ask of an operand, each answered for every kind of operand. */
final class Operands {
  private Operands() {}

  /** The operand itself when it is a path. */
  static final Operand.Visitor<Optional<Path>> AS_PATH =
      new Operand.Visitor<>() {
        @Override
        public Optional<Path> path(Path node) {
          return Optional.of(node);
        }

        @Override
        public Optional<Path> literal(Literal node) {
          return Optional.empty();
        }

        @Override
        public Optional<Path> placeholder(Placeholder node) {
          return Optional.empty();
        }

        @Override
        public Optional<Path> size(Operand.Size node) {
          return Optional.empty();
        }
      };

  /** The operand itself when it is a value: a literal or a placeholder. */
  static final Operand.Visitor<Optional<ValueOperand>> AS_VALUE =
      new Operand.Visitor<>() {
        @Override
        public Optional<ValueOperand> path(Path node) {
          return Optional.empty();
        }

        @Override
        public Optional<ValueOperand> literal(Literal node) {
          return Optional.of(node);
        }

        @Override
        public Optional<ValueOperand> placeholder(Placeholder node) {
          return Optional.of(node);
        }

        @Override
        public Optional<ValueOperand> size(Operand.Size node) {
          return Optional.empty();
        }
      };

  /** The path an operand reads: its own, or the one size() measures. */
  static final Operand.Visitor<Optional<Path>> PATH_READ =
      new Operand.Visitor<>() {
        @Override
        public Optional<Path> path(Path node) {
          return Optional.of(node);
        }

        @Override
        public Optional<Path> literal(Literal node) {
          return Optional.empty();
        }

        @Override
        public Optional<Path> placeholder(Placeholder node) {
          return Optional.empty();
        }

        @Override
        public Optional<Path> size(Operand.Size node) {
          return Optional.of(node.path());
        }
      };

  /** The value of a {@link Literal}; null for any other operand. */
  static final Operand.Visitor<AttributeValue> CONSTANT =
      new Operand.Visitor<>() {
        @Override
        public AttributeValue path(Path node) {
          return null;
        }

        @Override
        public AttributeValue literal(Literal node) {
          return node.value();
        }

        @Override
        public AttributeValue placeholder(Placeholder node) {
          return null;
        }

        @Override
        public AttributeValue size(Operand.Size node) {
          return null;
        }
      };
}
