package io.keyspan.engine.partiql;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Operand;
import java.util.LinkedHashSet;
import java.util.Set;

/** The top-level attribute names a condition reads. */
final class AttributesUsed extends Condition.Scanner {
  private final Set<String> names = new LinkedHashSet<>();

  private AttributesUsed() {}

  static Set<String> by(Condition condition) {
    AttributesUsed used = new AttributesUsed();
    condition.accept(used);
    return used.names;
  }

  private Void read(Operand... operands) {
    for (Operand operand : operands) {
      operand.pathRead().ifPresent(path -> names.add(path.topLevelName()));
    }
    return null;
  }

  @Override
  public Void compare(Condition.Compare node) {
    return read(node.left(), node.right());
  }

  @Override
  public Void between(Condition.Between node) {
    return read(node.value(), node.lower(), node.upper());
  }

  @Override
  public Void in(Condition.In node) {
    read(node.value());
    return read(node.candidates().toArray(Operand[]::new));
  }

  @Override
  public Void attributeExists(Condition.AttributeExists node) {
    return read(node.path());
  }

  @Override
  public Void attributeNotExists(Condition.AttributeNotExists node) {
    return read(node.path());
  }

  @Override
  public Void attributeType(Condition.AttributeType node) {
    return read(node.operand(), node.type());
  }

  @Override
  public Void beginsWith(Condition.BeginsWith node) {
    return read(node.subject(), node.prefix());
  }

  @Override
  public Void contains(Condition.Contains node) {
    return read(node.subject(), node.operand());
  }
}
