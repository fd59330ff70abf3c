package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.expression.Condition;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.SingleTableSchema;
import io.keyspan.schema.StoredItem;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the generated implementation of a declared repository of a single table's sealed interface
 * ({@code @Repository(ShopItem.class)}) inherits: the table, and the reads its methods make with
 * their pre-built expression trees and the values bound per call. Items are read as collection
 * queries read them, each by its member's schema; a read that returns one member adds that member's
 * item-type filter and keeps only its items. Thread-safe.
 *
 * @param <T> the table's sealed root type
 */
public abstract class DeclaredSingleTableRepository<T> {
  private final TableRepository<StoredItem<T>> table;

  protected DeclaredSingleTableRepository(Keyspan keyspan, SingleTableSchema<T> schema) {
    Objects.requireNonNull(schema, "schema");
    this.table = new TableRepository<>(keyspan, new StoredItemSchema<>(schema)) {};
  }

  /** The physical table name, after the handle's prefix or resolver. */
  public final String tableName() {
    return table.tableName();
  }

  /**
   * A call of a read method that returns the sealed type: items of every member, each read as its
   * member; items no member reads are left out.
   */
  protected final DeclaredItems<T, T> read(DeclaredRead read, Map<String, AttributeValue> values) {
    return new DeclaredItems<>(new DeclaredCall<>(table, read, values, null), Optional::of, true);
  }

  /**
   * A call of a read method that returns one member: the member's item-type filter is ANDed before
   * the method's own filter (when the table keeps item types in an attribute; else items are told
   * apart by their keys as they are read), and only the member's items are returned.
   */
  protected final <M extends T> DeclaredItems<T, M> read(
      DeclaredRead read, Map<String, AttributeValue> values, MemberSchema<M> member) {
    Condition typeFilter = member.layout().typeFilter();
    return new DeclaredItems<>(
        new DeclaredCall<>(table, read, values, typeFilter),
        item ->
            member.itemClass().isInstance(item)
                ? Optional.of(member.itemClass().cast(item))
                : Optional.empty(),
        typeFilter != null);
  }
}
