package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.KeyPattern;
import io.keyspan.schema.SingleTableSchema;
import io.keyspan.schema.StoredItem;
import io.keyspan.schema.TableDefinition;
import java.util.Objects;

/**
 * What every generated single-table class ({@code ShopItemTable}) inherits: table management, a
 * scan of every item, and the collection queries its generated methods ({@code customer(String
 * customerId)}) return. Items are written and read by key through the member repositories ({@code
 * CustomerRepository}, ...). Thread-safe; create one per table and share it.
 *
 * @param <T> the table's sealed root type
 */
public abstract class SingleTableRepository<T> {
  private final SingleTableSchema<T> schema;
  private final TableRepository<StoredItem<T>> table;

  protected SingleTableRepository(Keyspan keyspan, SingleTableSchema<T> schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.table = new TableRepository<>(keyspan, new StoredItemSchema<>(schema)) {};
  }

  /** The table's schema: its definition and member schemas. */
  public final SingleTableSchema<T> schema() {
    return schema;
  }

  /** The physical table name, after the handle's prefix or resolver. */
  public final String tableName() {
    return table.tableName();
  }

  /** Creates the table with its key attributes and every index. */
  public final TableDescription createTable() {
    return table.createTable();
  }

  /** Deletes the table and every item in it. */
  public final TableDescription deleteTable() {
    return table.deleteTable();
  }

  /** The table as the engine describes it: status, item count, indexes. */
  public final TableDescription describeTable() {
    return table.engine().describeTable(new DescribeTableRequest(table.tableName()));
  }

  /** Every item of the table, of every member type or none. */
  public final ScanOperation<StoredItem<T>> scan() {
    return table.scan();
  }

  /**
   * The query of one collection: every item whose partition key (of the table, or of an index) the
   * template renders from these component values, in template order.
   *
   * @param indexName the index whose partition key the collection shares; null for the table's
   * @throws IllegalArgumentException when a value is null, or the number of values is not the
   *     template's number of components, or the table has no such index
   */
  protected final CollectionQuery<T> newCollection(
      String indexName, KeyPattern partition, Object... componentValues) {
    TableDefinition definition = schema.definition().table();
    KeyDefinition partitionKey =
        indexName == null
            ? definition.partitionKey()
            : definition
                .index(indexName)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            definition.name() + " has no index " + indexName))
                .partitionKey();
    StringSortKey<String> sortKey =
        (indexName == null
                ? definition.sortKey()
                : definition.index(indexName).flatMap(index -> index.sortKeyIfAny()))
            .map(key -> new StringSortKey<>(TableRepository.textAttribute(key.name())))
            .orElse(null);
    return new CollectionQuery<>(
        table.newQuery(
            indexName,
            TableRepository.textAttribute(partitionKey.name()),
            partition.renderValues(componentValues),
            sortKey),
        definition);
  }
}
