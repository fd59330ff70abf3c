package io.keyspan.processor.validate;

import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the verifier checks in an expression tree: the paths it names, and each {@code
 * :placeholder} with the path whose value it meets (null when it meets none, as in {@code size(a) >
 * :n}).
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
      if (term instanceof KeyCondition.Compare compare) {
        walk.value(compare.value(), path);
      } else if (term instanceof KeyCondition.Between between) {
        walk.value(between.lower(), path);
        walk.value(between.upper(), path);
      } else if (term instanceof KeyCondition.BeginsWith beginsWith) {
        walk.value(beginsWith.prefix(), path);
      }
    }
    return walk;
  }

  static TreeWalk of(Condition condition) {
    TreeWalk walk = new TreeWalk();
    walk.condition(condition);
    return walk;
  }

  static TreeWalk of(Update update) {
    TreeWalk walk = new TreeWalk();
    for (Update.SetAction set : update.set()) {
      walk.paths.add(set.path());
      walk.updateValue(set.value(), set.path());
    }
    walk.paths.addAll(update.remove());
    for (Update.AddAction add : update.add()) {
      walk.paths.add(add.path());
      walk.value(add.value(), add.path());
    }
    for (Update.DeleteAction delete : update.delete()) {
      walk.paths.add(delete.path());
      walk.value(delete.value(), delete.path());
    }
    return walk;
  }

  static TreeWalk of(Projection projection) {
    TreeWalk walk = new TreeWalk();
    walk.paths.addAll(projection.paths());
    return walk;
  }

  private void condition(Condition condition) {
    if (condition instanceof Condition.And and) {
      condition(and.left());
      condition(and.right());
    } else if (condition instanceof Condition.Or or) {
      condition(or.left());
      condition(or.right());
    } else if (condition instanceof Condition.Not not) {
      condition(not.condition());
    } else if (condition instanceof Condition.Compare compare) {
      compared(compare.left(), compare.right());
    } else if (condition instanceof Condition.Between between) {
      Path path = operandPath(between.value());
      operand(between.value(), null);
      operand(between.lower(), path);
      operand(between.upper(), path);
    } else if (condition instanceof Condition.In in) {
      Path path = operandPath(in.value());
      operand(in.value(), null);
      in.candidates().forEach(candidate -> operand(candidate, path));
    } else if (condition instanceof Condition.AttributeExists exists) {
      paths.add(exists.path());
    } else if (condition instanceof Condition.AttributeNotExists notExists) {
      paths.add(notExists.path());
    } else if (condition instanceof Condition.AttributeType type) {
      operand(type.operand(), null);
      operand(type.type(), null);
    } else if (condition instanceof Condition.BeginsWith beginsWith) {
      compared(beginsWith.subject(), beginsWith.prefix());
    } else if (condition instanceof Condition.Contains contains) {
      operand(contains.subject(), null);
      operand(contains.operand(), null);
    }
  }

  private void compared(Operand left, Operand right) {
    operand(left, operandPath(right));
    operand(right, operandPath(left));
  }

  /** The path an operand is, if it is a plain path (not a size). */
  private static Path operandPath(Operand operand) {
    return operand instanceof Path path ? path : null;
  }

  private void operand(Operand operand, Path metPath) {
    if (operand instanceof Path path) {
      paths.add(path);
    } else if (operand instanceof Operand.Size size) {
      paths.add(size.path());
    } else if (operand instanceof ValueOperand value) {
      value(value, metPath);
    }
  }

  private void value(ValueOperand value, Path metPath) {
    if (value instanceof Placeholder placeholder) {
      uses.add(new Use(placeholder.name(), metPath));
    }
  }

  private void updateValue(UpdateValue value, Path target) {
    if (value instanceof Path path) {
      paths.add(path);
    } else if (value instanceof ValueOperand operand) {
      value(operand, target);
    } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      paths.add(ifNotExists.path());
      updateValue(ifNotExists.fallback(), ifNotExists.path());
    } else if (value instanceof UpdateValue.ListAppend append) {
      updateValue(append.first(), target);
      updateValue(append.second(), target);
    } else if (value instanceof UpdateValue.Plus plus) {
      updateValue(plus.left(), target);
      updateValue(plus.right(), target);
    } else if (value instanceof UpdateValue.Minus minus) {
      updateValue(minus.left(), target);
      updateValue(minus.right(), target);
    }
  }
}
