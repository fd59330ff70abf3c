package io.keyspan.expression;

import java.util.List;

/**
 * An UpdateExpression: its SET, REMOVE, ADD and DELETE clauses, each holding its actions in the
 * order written. Every action reads the item as it was before the update.
 */
public record Update(
    List<SetAction> set, List<Path> remove, List<AddAction> add, List<DeleteAction> delete) {
  public Update {
    set = List.copyOf(set);
    remove = List.copyOf(remove);
    add = List.copyOf(add);
    delete = List.copyOf(delete);
    if (set.isEmpty() && remove.isEmpty() && add.isEmpty() && delete.isEmpty()) {
      throw new IllegalArgumentException("an update has at least one action");
    }
  }

  /** {@code SET path = value}. */
  public record SetAction(Path path, UpdateValue value) {}

  /** {@code ADD path value}: numeric addition or set union. */
  public record AddAction(Path path, ValueOperand value) {}

  /** {@code DELETE path value}: removal of set members. */
  public record DeleteAction(Path path, ValueOperand value) {}
}
