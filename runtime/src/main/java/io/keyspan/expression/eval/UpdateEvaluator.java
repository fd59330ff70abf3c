package io.keyspan.expression.eval;

import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies a bound UpdateExpression to an item with UpdateItem's semantics (Developer Guide
 * Expressions.UpdateExpressions). Every action reads the item as it was before the update, and list
 * indexes refer to the old positions. The old item is never changed: the new item shares every
 * value the update does not reach, and only the maps and lists on the way to an edit are rebuilt.
 *
 * <p>The tree must be bound and must have passed {@link
 * io.keyspan.expression.parser.StaticChecks#update}, which raises the errors DynamoDB finds before
 * reading the item (clashing paths, constants of the wrong type). This class raises the errors that
 * depend on the item, as {@link io.keyspan.exception.ValidationException}s with DynamoDB's message;
 * when one is thrown, nothing has been changed.
 */
public final class UpdateEvaluator {
  private UpdateEvaluator() {}

  /**
   * Applies {@code update} to {@code oldItem}, an empty map when the item does not exist.
   *
   * @throws io.keyspan.exception.ValidationException as DynamoDB rejects the update
   * @throws IllegalStateException if evaluation meets a value placeholder
   * @throws IllegalArgumentException if the paths clash or an ADD or DELETE constant has a type
   *     those actions do not take: errors StaticChecks reports
   */
  public static UpdateResult apply(UpdateExpression update, Map<String, AttributeValue> oldItem) {
    return apply(update, oldItem, !oldItem.isEmpty());
  }

  /**
   * As {@link #apply(Update, Map)}, for an engine that passes the key of an item that does not
   * exist yet as {@code oldItem} (so that a SET may read the key, and the new item holds it):
   * {@code itemExists} says whether the item existed.
   */
  public static UpdateResult apply(
      UpdateExpression update, Map<String, AttributeValue> oldItem, boolean itemExists) {
    // Every SET value is computed before any path is checked, so a value that reads a missing
    // attribute is reported ahead of an invalid path in another action (dynalite's order, which
    // follows DynamoDB's).
    List<AttributeValue> setValues = new ArrayList<>(update.set().size());
    for (UpdateExpression.SetAction set : update.set()) {
      setValues.add(SetValues.evaluate(set.value(), oldItem));
    }
    Actions actions = new Actions(oldItem, itemExists, setValues.iterator());
    update.actions().forEach(action -> action.accept(actions));
    Map<String, AttributeValue> newItem = actions.tree.applyTo(oldItem);
    return new UpdateResult(oldItem, newItem, actions.tree.targets(), itemExists);
  }

  /** Adds each action's edit to one edit tree, clause by clause, in the order written. */
  private static final class Actions implements UpdateExpression.Action.Visitor<Void> {
    final EditTree tree = new EditTree();
    private final Map<String, AttributeValue> oldItem;
    private final boolean itemExists;
    private final Iterator<AttributeValue> setValues;

    Actions(
        Map<String, AttributeValue> oldItem,
        boolean itemExists,
        Iterator<AttributeValue> setValues) {
      this.oldItem = oldItem;
      this.itemExists = itemExists;
      this.setValues = setValues;
    }

    @Override
    public Void set(UpdateExpression.SetAction action) {
      EditTree.Node target = tree.add(action.path());
      checkParent(action.path(), oldItem);
      put(target, action.path(), setValues.next());
      return null;
    }

    @Override
    public Void remove(UpdateExpression.RemoveAction action) {
      EditTree.Node target = tree.add(action.path());
      // 1.7 REMOVE: on an item that does not exist even an invalid path is silently ignored.
      if (itemExists) {
        checkParent(action.path(), oldItem);
        target.remove();
      }
      return null;
    }

    @Override
    public Void add(UpdateExpression.AddAction action) {
      EditTree.Node target = tree.add(action.path());
      checkParent(action.path(), oldItem);
      AttributeValue old = PathReader.valueAt(action.path(), oldItem);
      put(target, action.path(), added(old, Bound.value(action.value())));
      return null;
    }

    @Override
    public Void delete(UpdateExpression.DeleteAction action) {
      EditTree.Node target = tree.add(action.path());
      // DELETE only removes, like REMOVE: nothing to do on an item that does not exist.
      if (itemExists) {
        checkParent(action.path(), oldItem);
        deleteMembers(target, action, oldItem);
      }
      return null;
    }
  }

  private static void put(EditTree.Node target, Path path, AttributeValue value) {
    if (Nesting.exceedsLimit(path, value)) {
      throw UpdateErrors.nestingTooDeep();
    }
    target.put(value);
  }

  /**
   * 1.7 SET, REMOVE: {@code a.b} needs a map at {@code a} and {@code l[0]} a list at {@code l}, in
   * the old item. A top-level attribute can always be written.
   */
  private static void checkParent(Path path, Map<String, AttributeValue> oldItem) {
    List<PathElement> elements = path.elements();
    if (elements.size() == 1) {
      return;
    }
    AttributeValue parent = oldItem.get(path.topLevelName());
    for (int i = 1; i < elements.size() - 1 && parent != null; i++) {
      parent = PathReader.child(parent, elements.get(i));
    }
    AttributeValue container = parent;
    boolean fits =
        path.last()
            .accept(
                new PathElement.Visitor<Boolean>() {
                  @Override
                  public Boolean attribute(PathElement.Attribute node) {
                    return container instanceof AttributeValue.M;
                  }

                  @Override
                  public Boolean index(PathElement.Index node) {
                    return container instanceof AttributeValue.L;
                  }
                });
    if (!fits) {
      throw UpdateErrors.invalidPath();
    }
  }

  /** 1.7 ADD: a number is added (a missing one counts as 0), a set is joined. */
  private static AttributeValue added(AttributeValue old, AttributeValue value) {
    if (value.type() != AttributeValue.Type.N && !value.type().isSet()) {
      throw unchecked("ADD", value);
    }
    if (old == null) {
      return value;
    }
    if (old.type() != value.type()) {
      throw UpdateErrors.incorrectDataType();
    }
    if (old instanceof AttributeValue.N number) {
      return SetValues.arithmetic(number.value(), ((AttributeValue.N) value).value(), false);
    }
    return SetAlgebra.union(old, value);
  }

  /** 1.7 DELETE: absent members are ignored, a missing set is a no-op, an emptied set goes. */
  private static void deleteMembers(
      EditTree.Node target,
      UpdateExpression.DeleteAction delete,
      Map<String, AttributeValue> oldItem) {
    AttributeValue old = PathReader.valueAt(delete.path(), oldItem);
    if (old == null) {
      return;
    }
    AttributeValue members = Bound.value(delete.value());
    if (!members.type().isSet()) {
      throw unchecked("DELETE", members);
    }
    if (old.type() != members.type()) {
      throw UpdateErrors.incorrectDataType();
    }
    AttributeValue rest = SetAlgebra.difference(old, members);
    if (rest == null) {
      target.remove();
    } else {
      target.put(rest);
    }
  }

  private static IllegalArgumentException unchecked(String action, AttributeValue value) {
    return new IllegalArgumentException(
        action + " does not take " + value + "; check updates with StaticChecks.update");
  }
}
