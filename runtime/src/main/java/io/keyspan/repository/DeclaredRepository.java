package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.parser.Binder;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.repository.generated.DeclaredWrite;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.TableSchema;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;
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
                      .update(binder.bind(write.update().orElseThrow()))
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

  /** Like {@link #write}, answering whether the write's condition held instead of throwing. */
  protected final boolean writeIfHeld(
      DeclaredWrite write,
      Map<String, AttributeValue> key,
      T item,
      Map<String, AttributeValue> values) {
    try {
      write(write, key, item, values);
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** The table's repository operations, used for writes. */
  private static final class Table<T> extends TableRepository<T> {
    Table(Keyspan keyspan, TableSchema<T> schema) {
      super(keyspan, schema);
    }
  }
}
