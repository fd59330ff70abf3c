package io.keyspan.memory;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Update;
import java.util.ArrayList;
import java.util.List;

/** The top-level attribute names an expression tree names, in the order written. */
final class ConditionPaths {
  private ConditionPaths() {}

  static List<String> of(Condition condition) {
    List<String> names = new ArrayList<>();
    collect(condition, names);
    return names;
  }

  /** The top-level names an update writes (SET, REMOVE, ADD and DELETE targets). */
  static List<String> targets(Update update) {
    List<String> names = new ArrayList<>();
    update.set().forEach(action -> names.add(action.path().topLevelName()));
    update.remove().forEach(path -> names.add(path.topLevelName()));
    update.add().forEach(action -> names.add(action.path().topLevelName()));
    update.delete().forEach(action -> names.add(action.path().topLevelName()));
    return names;
  }

  private static void collect(Condition condition, List<String> names) {
    if (condition instanceof Condition.Compare c) {
      operand(c.left(), names);
      operand(c.right(), names);
    } else if (condition instanceof Condition.Between b) {
      operand(b.value(), names);
      operand(b.lower(), names);
      operand(b.upper(), names);
    } else if (condition instanceof Condition.In in) {
      operand(in.value(), names);
      in.candidates().forEach(candidate -> operand(candidate, names));
    } else if (condition instanceof Condition.And and) {
      collect(and.left(), names);
      collect(and.right(), names);
    } else if (condition instanceof Condition.Or or) {
      collect(or.left(), names);
      collect(or.right(), names);
    } else if (condition instanceof Condition.Not not) {
      collect(not.condition(), names);
    } else if (condition instanceof Condition.AttributeExists e) {
      names.add(e.path().topLevelName());
    } else if (condition instanceof Condition.AttributeNotExists e) {
      names.add(e.path().topLevelName());
    } else if (condition instanceof Condition.AttributeType t) {
      operand(t.operand(), names);
    } else if (condition instanceof Condition.BeginsWith b) {
      operand(b.subject(), names);
      operand(b.prefix(), names);
    } else if (condition instanceof Condition.Contains c) {
      operand(c.subject(), names);
      operand(c.operand(), names);
    }
  }

  private static void operand(Operand operand, List<String> names) {
    if (operand instanceof Path path) {
      names.add(path.topLevelName());
    } else if (operand instanceof Operand.Size size) {
      names.add(size.path().topLevelName());
    }
  }
}
