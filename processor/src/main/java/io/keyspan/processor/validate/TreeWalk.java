package io.keyspan.processor.validate;

import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the verifier checks in an expression tree: the paths it names, and each {@code
 * :placeholder} with the path whose value it meets (null when it meets none, as in {@code size(a) >
 * :n}). It walks the tree by the nodes' visitors, so a new kind of node does not compile here until
 * the walk handles it.
 */
final class TreeWalk {
  private final List<Path> paths = new ArrayList<>();
  private final List<Use> uses = new ArrayList<>();

  /** A placeholder and the path it is compared with or written to; {@code path} may be null. */
  record Use(String placeholder, Path path) {}

  List<Path> paths() {
    return List.copyOf(paths);
  }

  List<Use> uses() {
    return List.copyOf(uses);
  }

  static TreeWalk of(KeyCondition key) {
    TreeWalk walk = new TreeWalk();
    for (KeyCondition.Term term : key.terms()) {
      Path path = Path.of(term.attribute());
      walk.paths.add(path);
      term.accept(TERM_VALUES).forEach(value -> walk.operand(value, path));
    }
    return walk;
  }

  static TreeWalk of(Condition condition) {
    TreeWalk walk = new TreeWalk();
    condition.accept(walk.new Conditions());
    return walk;
  }

  static TreeWalk of(UpdateExpression update) {
    TreeWalk walk = new TreeWalk();
    for (UpdateExpression.Action action : update.actions()) {
      walk.paths.add(action.path());
      action.accept(walk.new Actions());
    }
    return walk;
  }

  static TreeWalk of(Projection projection) {
    TreeWalk walk = new TreeWalk();
    walk.paths.addAll(projection.paths());
    return walk;
  }

  /** The values an update action reads; the path it writes is taken by {@link #of(Update)}. */
  private final class Actions implements UpdateExpression.Action.Visitor<Void> {
    @Override
    public Void set(UpdateExpression.SetAction action) {
      action.value().accept(new SetValues(action.path()));
      return null;
    }

    @Override
    public Void remove(UpdateExpression.RemoveAction action) {
      return null;
    }

    @Override
    public Void add(UpdateExpression.AddAction action) {
      operand(action.value(), action.path());
      return null;
    }

    @Override
    public Void delete(UpdateExpression.DeleteAction action) {
      operand(action.value(), action.path());
      return null;
    }
  }

  /** Each operand meets the path the other one is. */
  private void compared(Operand left, Operand right) {
    operand(left, right.accept(PLAIN_PATH));
    operand(right, left.accept(PLAIN_PATH));
  }

  /** Records an operand: the path it reads, or the placeholder with the path it meets. */
  private void operand(Operand operand, Path metPath) {
    operand.pathRead().ifPresent(paths::add);
    if (operand instanceof Placeholder placeholder) {
      uses.add(new Use(placeholder.name(), metPath));
    }
  }

  /** The values a key term compares its attribute with. */
  private static final KeyCondition.Term.Visitor<List<ValueOperand>> TERM_VALUES =
      new KeyCondition.Term.Visitor<>() {
        @Override
        public List<ValueOperand> compare(KeyCondition.Compare node) {
          return List.of(node.value());
        }

        @Override
        public List<ValueOperand> between(KeyCondition.Between node) {
          return List.of(node.lower(), node.upper());
        }

        @Override
        public List<ValueOperand> beginsWith(KeyCondition.BeginsWith node) {
          return List.of(node.prefix());
        }
      };

  /** The path an operand is, if it is a plain path (a size is not); else null. */
  private static final Operand.Visitor<Path> PLAIN_PATH =
      new Operand.Visitor<>() {
        @Override
        public Path path(Path node) {
          return node;
        }

        @Override
        public Path literal(Literal node) {
          return null;
        }

        @Override
        public Path placeholder(Placeholder node) {
          return null;
        }

        @Override
        public Path size(Operand.Size node) {
          return null;
        }
      };

  /**
   * Records a SET value, whose placeholders meet the path it writes (or its if_not_exists path).
   */
  private final class SetValues implements UpdateValue.Visitor<Void> {
    private final Path target;

    SetValues(Path target) {
      this.target = target;
    }

    @Override
    public Void path(Path node) {
      operand(node, target);
      return null;
    }

    @Override
    public Void literal(Literal node) {
      operand(node, target);
      return null;
    }

    @Override
    public Void placeholder(Placeholder node) {
      operand(node, target);
      return null;
    }

    @Override
    public Void ifNotExists(UpdateValue.IfNotExists node) {
      paths.add(node.path());
      return node.fallback().accept(new SetValues(node.path()));
    }

    @Override
    public Void listAppend(UpdateValue.ListAppend node) {
      node.first().accept(this);
      return node.second().accept(this);
    }

    @Override
    public Void plus(UpdateValue.Plus node) {
      node.left().accept(this);
      return node.right().accept(this);
    }

    @Override
    public Void minus(UpdateValue.Minus node) {
      node.left().accept(this);
      return node.right().accept(this);
    }
  }

  private final class Conditions extends Condition.Scanner {
    @Override
    public Void compare(Condition.Compare node) {
      compared(node.left(), node.right());
      return null;
    }

    @Override
    public Void between(Condition.Between node) {
      Path path = node.value().accept(PLAIN_PATH);
      operand(node.value(), null);
      operand(node.lower(), path);
      operand(node.upper(), path);
      return null;
    }

    @Override
    public Void in(Condition.In node) {
      Path path = node.value().accept(PLAIN_PATH);
      operand(node.value(), null);
      node.candidates().forEach(candidate -> operand(candidate, path));
      return null;
    }

    @Override
    public Void attributeExists(Condition.AttributeExists node) {
      paths.add(node.path());
      return null;
    }

    @Override
    public Void attributeNotExists(Condition.AttributeNotExists node) {
      paths.add(node.path());
      return null;
    }

    @Override
    public Void attributeType(Condition.AttributeType node) {
      operand(node.operand(), null);
      operand(node.type(), null);
      return null;
    }

    @Override
    public Void beginsWith(Condition.BeginsWith node) {
      compared(node.subject(), node.prefix());
      return null;
    }

    @Override
    public Void contains(Condition.Contains node) {
      operand(node.subject(), null);
      operand(node.operand(), null);
      return null;
    }
  }
}
