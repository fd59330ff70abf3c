package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.schema.TableSchema;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * What every generated implementation of a {@code @Repository} interface inherits: the table it
 * works on and the calls its methods make with their pre-built expression trees and the values
 * bound per call. Thread-safe.
 *
 * @param <T> the item type of the table
 */
public abstract class DeclaredRepository<T> {
  private final TableRepository<T> table;

  protected DeclaredRepository(Keyspan keyspan, TableSchema<T> schema) {
    this.table = new Table<>(keyspan, schema);
  }

  /** The physical table name, after the handle's prefix or resolver. */
  public final String tableName() {
    return table.tableName();
  }

  /** A call of a read method, with the call's {@code :placeholder} values. */
  protected final DeclaredCall<T> read(DeclaredRead read, Map<String, AttributeValue> values) {
    return new DeclaredCall<>(table, read, values);
  }

  /** The table's repository operations, used for writes. */
  private static final class Table<T> extends TableRepository<T> {
    Table(Keyspan keyspan, TableSchema<T> schema) {
      super(keyspan, schema);
    }
  }
}
