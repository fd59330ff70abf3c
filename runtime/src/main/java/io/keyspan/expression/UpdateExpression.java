package io.keyspan.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An UpdateExpression: its SET, REMOVE, ADD and DELETE clauses, each holding its actions in the
 * order written. Every action reads the item as it was before the update.
 */
public record UpdateExpression(
    List<SetAction> set, List<Path> remove, List<AddAction> add, List<DeleteAction> delete) {
  public UpdateExpression {
    set = List.copyOf(set);
    remove = List.copyOf(remove);
    add = List.copyOf(add);
    delete = List.copyOf(delete);
    if (set.isEmpty() && remove.isEmpty() && add.isEmpty() && delete.isEmpty()) {
      throw new IllegalArgumentException("an update has at least one action");
    }
  }

  /**
   * Every action, clause by clause in the order SET, REMOVE, ADD, DELETE, each clause in the order
   * written; a REMOVE path comes as a {@link RemoveAction}.
   */
  public List<Action> actions() {
    List<Action> actions = new ArrayList<>(set.size() + remove.size() + add.size() + delete.size());
    actions.addAll(set);
    remove.forEach(path -> actions.add(new RemoveAction(path)));
    actions.addAll(add);
    actions.addAll(delete);
    return Collections.unmodifiableList(actions);
  }

  /** One action of an update: it writes one path. */
  public sealed interface Action permits SetAction, RemoveAction, AddAction, DeleteAction {
    /** The path this action writes. */
    Path path();

    /** Dispatches to the visitor's method for this action's kind. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of action; a new kind fails to compile in every walker. */
    interface Visitor<R> {
      R set(SetAction action);

      R remove(RemoveAction action);

      R add(AddAction action);

      R delete(DeleteAction action);
    }
  }

  /** {@code SET path = value}. */
  public record SetAction(Path path, UpdateValue value) implements Action {
    @Override
    public <R> R accept(Action.Visitor<R> visitor) {
      return visitor.set(this);
    }
  }

  /** {@code REMOVE path}; the {@link #remove()} clause holds its paths. */
  public record RemoveAction(Path path) implements Action {
    @Override
    public <R> R accept(Action.Visitor<R> visitor) {
      return visitor.remove(this);
    }
  }

  /** {@code ADD path value}: numeric addition or set union. */
  public record AddAction(Path path, ValueOperand value) implements Action {
    @Override
    public <R> R accept(Action.Visitor<R> visitor) {
      return visitor.add(this);
    }
  }

  /** {@code DELETE path value}: removal of set members. */
  public record DeleteAction(Path path, ValueOperand value) implements Action {
    @Override
    public <R> R accept(Action.Visitor<R> visitor) {
      return visitor.delete(this);
    }
  }
}
