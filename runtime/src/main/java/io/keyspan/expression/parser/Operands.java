package io.keyspan.expression.parser;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;
import java.util.Optional;

/** What the resolver and the checks ask of an operand, answered for every kind of operand. */
final class Operands {
  private Operands() {}

  /** The operand or SET value itself when it is a path. */
  static final AsPath AS_PATH = new AsPath();

  /** Answers for operands and SET values alike; their value and path kinds are the same nodes. */
  static class AsPath
      implements Operand.Visitor<Optional<Path>>, UpdateValue.Visitor<Optional<Path>> {
    private AsPath() {}

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

    @Override
    public Optional<Path> ifNotExists(UpdateValue.IfNotExists node) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> listAppend(UpdateValue.ListAppend node) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> plus(UpdateValue.Plus node) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> minus(UpdateValue.Minus node) {
      return Optional.empty();
    }
  }

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
      new AsPath() {
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
