package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.Binder;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.repository.generated.DeclaredWrite;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.TableSchema;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every generated implementation of a {@code @Repository} interface inherits: the table it
 * works on and the calls its methods make with their pre-built expression trees and the values
 * bound per call. Thread-safe.
 *
 * @param <T> the item type of the table
 */
public abstract class DeclaredRepository<T> {
  private final Keyspan keyspan;
  private final TableRepository<T> table;
  private final Condition typeFilter;

  protected DeclaredRepository(Keyspan keyspan, TableSchema<T> schema) {
    this.keyspan = keyspan;
    this.table = new Table<>(keyspan, schema);
    // A member of a single table shares its partitions with other item types: its reads keep only
    // its own items, as its generated repository's queries do.
    this.typeFilter =
        schema instanceof MemberSchema<T> member ? member.layout().typeFilter() : null;
  }

  /** The physical table name, after the handle's prefix or resolver. */
  public final String tableName() {
    return table.tableName();
  }

  /** A call of a read method, with the call's {@code :placeholder} values. */
  protected final DeclaredCall<T> read(DeclaredRead read, Map<String, AttributeValue> values) {
    return new DeclaredCall<>(table, read, values, typeFilter);
  }

  /**
   * A call of a read method that returns a projection record, made from each item by {@code
   * mapper}.
   */
  protected final <R> DeclaredCall<R> read(
      DeclaredRead read,
      Map<String, AttributeValue> values,
      Function<Map<String, AttributeValue>, R> mapper) {
    return new DeclaredCall<>(
        new Table<>(keyspan, new ProjectionSchema<>(table.schema().definition(), mapper)),
        read,
        values,
        typeFilter);
  }

  /**
   * Runs a write on the item with {@code key} (an update or delete) or on {@code item} (a put),
   * with the call's {@code :placeholder} values, and returns the item image the write returns.
   *
   * @throws io.keyspan.exception.ConditionalCheckFailedException when its condition does not hold
   */
  protected final Optional<T> write(
      DeclaredWrite write,
      Map<String, AttributeValue> key,
      T item,
      Map<String, AttributeValue> values) {
    return send(write, key, null, item, values);
  }

  /** Like {@link #write}, answering whether the write's condition held instead of throwing. */
  protected final boolean writeIfHeld(
      DeclaredWrite write,
      Map<String, AttributeValue> key,
      T item,
      Map<String, AttributeValue> values) {
    return held(() -> write(write, key, item, values));
  }

  /**
   * The key of a single-table member's item, rendered from its table-key template components'
   * values in template order (the partition template's, then the sort template's).
   *
   * @throws IllegalArgumentException when a value is null
   */
  protected final Key<T> memberKey(Object... components) {
    return table.newTemplateKey(components);
  }

  /**
   * Runs an update or delete of a single-table member's item. An update also sets the key
   * attributes of every index whose template components it sets (or removes them when one becomes
   * null), and the item type, as the member's generated repository does.
   *
   * @param assignedValues the Java values of the attributes the update SETs from parameters, in
   *     {@link DeclaredWrite#assigned()} order
   * @throws IllegalArgumentException when the update changes a component of the table key, computes
   *     a component, or sets only some components of an index key; nothing is sent
   * @throws io.keyspan.exception.ConditionalCheckFailedException when its condition does not hold
   */
  protected final Optional<T> write(
      DeclaredWrite write,
      Key<T> key,
      Map<String, AttributeValue> values,
      Object... assignedValues) {
    return send(write, key.values(), keyUpdate(write, key, assignedValues), null, values);
  }

  /** Like {@link #write(DeclaredWrite, Key, Map, Object...)}, answering whether it held. */
  protected final boolean writeIfHeld(
      DeclaredWrite write,
      Key<T> key,
      Map<String, AttributeValue> values,
      Object... assignedValues) {
    return held(() -> write(write, key, values, assignedValues));
  }

  private static boolean held(Runnable write) {
    try {
      write.run();
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** The key attributes a member's update writes besides its own actions; null for others. */
  private MemberLayout.KeyUpdate keyUpdate(
      DeclaredWrite write, Key<T> key, Object[] assignedValues) {
    if (write.kind() != DeclaredWrite.Kind.UPDATE
        || !(table.schema() instanceof MemberSchema<T> member)) {
      return null;
    }
    UpdateExpression update = write.update().orElseThrow();
    Map<String, Object> assigned = new LinkedHashMap<>();
    for (int i = 0; i < write.assigned().size(); i++) {
      assigned.put(write.assigned().get(i), assignedValues[i]);
    }
    update.remove().stream()
        .filter(Path::isTopLevel)
        .forEach(path -> assigned.put(path.topLevelName(), null));
    // Whatever else the update writes, it computes from the stored item: unknown before sending.
    Set<String> computed = new LinkedHashSet<>();
    update.actions().stream()
        .map(UpdateExpression.Action::path)
        .filter(Path::isTopLevel)
        .map(Path::topLevelName)
        .filter(name -> !assigned.containsKey(name))
        .forEach(computed::add);
    return member.layout().keyUpdate(assigned, key.components(), computed);
  }

  private Optional<T> send(
      DeclaredWrite write,
      Map<String, AttributeValue> key,
      MemberLayout.KeyUpdate keyUpdate,
      T item,
      Map<String, AttributeValue> values) {
    Binder binder = Binder.of(values);
    Condition condition =
        write.condition().map(c -> binder.bind(c, ExpressionKind.CONDITION)).orElse(null);
    String tableName = table.tableName();
    WriteResponse response;
    if (write.kind() == DeclaredWrite.Kind.UPDATE) {
      response =
          table
              .engine()
              .updateItem(
                  UpdateItemRequest.builder(tableName, key)
                      .update(withKeys(binder.bind(write.update().orElseThrow()), keyUpdate))
                      .condition(condition)
                      .returnValues(write.returnValues())
                      .build());
    } else if (write.kind() == DeclaredWrite.Kind.DELETE) {
      response =
          table
              .engine()
              .deleteItem(
                  DeleteItemRequest.builder(tableName, key)
                      .condition(condition)
                      .returnValues(write.returnValues())
                      .build());
    } else {
      response =
          table
              .engine()
              .putItem(
                  PutItemRequest.builder(tableName, table.schema().write(item))
                      .condition(condition)
                      .returnValues(write.returnValues())
                      .build());
    }
    return response.attributesIfAny().filter(a -> !a.isEmpty()).map(table.schema()::read);
  }

  /** The update with a member's key attributes set and removed; as is without. */
  private static UpdateExpression withKeys(
      UpdateExpression update, MemberLayout.KeyUpdate keyUpdate) {
    if (keyUpdate == null) {
      return update;
    }
    List<UpdateExpression.SetAction> set = new ArrayList<>(update.set());
    keyUpdate
        .set()
        .forEach(
            (name, value) ->
                set.add(new UpdateExpression.SetAction(Path.of(name), new Literal(value))));
    List<Path> remove = new ArrayList<>(update.remove());
    keyUpdate.remove().forEach(name -> remove.add(Path.of(name)));
    return new UpdateExpression(set, remove, update.add(), update.delete());
  }

  /** The table's repository operations, used for writes. */
  private static final class Table<T> extends TableRepository<T> {
    Table(Keyspan keyspan, TableSchema<T> schema) {
      super(keyspan, schema);
    }
  }
}
