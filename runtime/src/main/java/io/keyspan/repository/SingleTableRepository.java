package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.KeyPattern;
import io.keyspan.schema.SingleTableSchema;
import io.keyspan.schema.StoredItem;
import io.keyspan.schema.TableDefinition;
import io.keyspan.value.AttributeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
   * Reads the items with these keys, of any members (from their repositories' {@code key(...)}),
   * 100 keys per BatchGetItem request, sending unprocessed keys again after a backoff. DynamoDB
   * answers a batch in no particular order, so the answers are matched back to the keys: one per
   * key, in the keys' order, empty where no item has the key, else the item as its member's object
   * or, of an unknown type, an {@link io.keyspan.schema.UnknownItem}.
   *
   * <p>A key given twice is rejected by DynamoDB ("Provided list of item keys contains duplicates",
   * see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html">BatchGetItem</a>).
   */
  public final List<Optional<StoredItem<T>>> batchGet(List<? extends Key<? extends T>> keys) {
    List<Map<String, AttributeValue>> values =
        keys.stream().<Map<String, AttributeValue>>map(Key::values).toList();
    TableDefinition definition = schema.definition().table();
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new HashMap<>();
    for (Map<String, AttributeValue> item : new Batches(table.engine()).get(tableName(), values)) {
      byKey.put(definition.keyOf(item), item);
    }
    return values.stream()
        .map(key -> Optional.ofNullable(byKey.get(key)).map(schema::read))
        .toList();
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
