package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.repository.changes.Changes;
import io.keyspan.schema.Converters;
import io.keyspan.schema.KeyPattern;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.OrderedAttribute;
import io.keyspan.schema.StringAttribute;
import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.TableSchema;
import io.keyspan.schema.TemplatedKey;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import io.keyspan.value.ValueCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every generated {@code TRepository} inherits: table management, put, scan, batches, and the
 * builders its key-typed methods ({@code get(pk)}, {@code update(pk)}, {@code query(pk)}, ...)
 * return. Thread-safe; create one per table and share it.
 *
 * @param <T> the item type
 */
public abstract class TableRepository<T> {
  private final Keyspan keyspan;
  private final Engine engine;
  private final TableSchema<T> schema;
  private final String tableName;
  private final WritePlanner planner;

  /** The engine's codec, asked on the first write (creating a repository calls no engine). */
  private volatile Optional<ValueCodec<?>> itemCodec;

  protected TableRepository(Keyspan keyspan, TableSchema<T> schema) {
    this.keyspan = Objects.requireNonNull(keyspan, "keyspan");
    this.engine = new TableNotFoundDetail(keyspan.engine());
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = keyspan.tableName(schema.definition().name());
    this.planner = new WritePlanner(schema.definition());
  }

  public final TableSchema<T> schema() {
    return schema;
  }

  /** The physical table name, after the handle's prefix or resolver. */
  public final String tableName() {
    return tableName;
  }

  /** The handle's engine, with DynamoDB's "resource not found" naming the table. */
  final Engine engine() {
    return engine;
  }

  final Instant now() {
    return keyspan.clock().instant();
  }

  final WritePlanner planner() {
    return planner;
  }

  final TableDefinition definition() {
    return schema.definition();
  }

  /**
   * The whole item of a put with its maintained attributes planned in: written straight into the
   * engine's own values when the engine has them ({@link Engine#itemCodec()}; a {@link NativeItem}
   * the engine sends as it is), else Keyspan's item, as the in-memory engine takes it.
   */
  final WritePlanner.PlannedPut<AttributeValue> plannedPut(T item, Instant now) {
    Optional<ValueCodec<?>> codec = itemCodec();
    return codec.isEmpty()
        ? planner.put(schema.write(item), ValueCodec.keyspan(), now)
        : plannedPut(item, codec.get(), now);
  }

  private <N> WritePlanner.PlannedPut<AttributeValue> plannedPut(
      T item, ValueCodec<N> codec, Instant now) {
    WritePlanner.PlannedPut<N> planned = planner.put(schema.write(item, codec), codec, now);
    return new WritePlanner.PlannedPut<>(
        NativeItem.of(planned.item(), codec), planned.condition(), planned.expectedVersion());
  }

  /** The whole item as written, in the engine's own values when it has them (see above). */
  private Map<String, AttributeValue> engineItem(T item) {
    Optional<ValueCodec<?>> codec = itemCodec();
    return codec.isEmpty() ? schema.write(item) : engineItem(item, codec.get());
  }

  private <N> Map<String, AttributeValue> engineItem(T item, ValueCodec<N> codec) {
    return NativeItem.of(schema.write(item, codec), codec);
  }

  private Optional<ValueCodec<?>> itemCodec() {
    Optional<ValueCodec<?>> codec = itemCodec;
    if (codec == null) {
      codec = engine.itemCodec();
      itemCodec = codec;
    }
    return codec;
  }

  // ---------------------------------------------------------------- tables

  /**
   * Creates the table with its keys, indexes and billing, and switches on time to live if declared.
   */
  public final TableDescription createTable() {
    TableDescription description =
        engine().createTable(definition().toCreateTableRequest(tableName));
    definition()
        .timeToLiveAttribute()
        .ifPresent(
            ttl -> engine().updateTimeToLive(new UpdateTimeToLiveRequest(tableName, ttl, true)));
    return description;
  }

  public final TableDescription deleteTable() {
    return engine().deleteTable(new DeleteTableRequest(tableName));
  }

  /**
   * Turns the table's DynamoDB Stream on with this view type (UpdateTable with a
   * StreamSpecification), so {@link #changes()} has records to read.
   *
   * @throws io.keyspan.exception.ValidationException when the table already has an enabled stream
   */
  public final TableDescription enableStream(StreamViewType viewType) {
    return engine()
        .updateTable(
            new UpdateTableRequest(
                tableName, null, null, null, null, StreamSpecification.enabled(viewType)));
  }

  /**
   * The table's change feed, from its DynamoDB Stream: {@code
   * users.changes().from(ChangeStart.TRIM_HORIZON).poll()}. The table needs a stream enabled (a
   * StreamSpecification on CreateTable or UpdateTable).
   *
   * @throws UnsupportedOperationException when the engine serves no DynamoDB Streams
   */
  public final Changes<T> changes() {
    return Changes.of(keyspan.engine(), tableName, schema::read);
  }

  // ---------------------------------------------------------------- items

  /**
   * Stores the whole item, replacing any item with its key, and returns it as stored (with its new
   * version and timestamps).
   *
   * @throws io.keyspan.exception.OptimisticLockingException when the item is versioned and the
   *     stored version is not the object's
   */
  public final T put(T item) {
    return putOperation(item).execute();
  }

  /** A put to refine ({@code when}) or explain before executing. */
  public final PutOperation<T> putOperation(T item) {
    return new PutOperation<>(this, item);
  }

  /**
   * Deletes the item read earlier, requiring its version to be still the stored one when the table
   * is versioned.
   */
  public final Optional<T> delete(T item) {
    Map<String, AttributeValue> stored = schema.write(item);
    Optional<BigDecimal> version =
        definition().versionAttribute().map(attribute -> planner.versionOf(stored));
    return new DeleteOperation<>(this, keyOf(item), planner.delete(stored), version).execute();
  }

  /** The key of an item. */
  public final Key<T> keyOf(T item) {
    return Key.ofValues(schema.keyOf(item));
  }

  /** Every item of the table, a page at a time. */
  public final ScanOperation<T> scan() {
    return new ScanOperation<>(this, null);
  }

  /** Every item of a secondary index. */
  public final ScanOperation<T> scanIndex(String indexName) {
    return new ScanOperation<>(this, indexName);
  }

  /** A condition on one item, only as part of a transaction. */
  public final ConditionCheck conditionCheck(
      Key<T> key, io.keyspan.expression.Condition condition) {
    return new ConditionCheck(tableName, key.values(), condition);
  }

  // ---------------------------------------------------------------- batches

  /**
   * Reads up to any number of items by key, 100 per request, retrying unprocessed keys with
   * backoff.
   */
  public final List<T> batchGet(Collection<Key<T>> keys) {
    return new Batches(engine())
        .get(tableName, keys.stream().map(Key::values).toList()).stream()
            .map(schema::read)
            .toList();
  }

  /**
   * Puts any number of items, 25 per request, retrying unprocessed ones with backoff. No
   * conditions, no versions.
   */
  public final void batchPut(Collection<? extends T> items) {
    new Batches(engine()).put(tableName, items.stream().map(this::engineItem).toList());
  }

  /** Deletes any number of items by key, 25 per request, retrying unprocessed ones with backoff. */
  public final void batchDelete(Collection<Key<T>> keys) {
    new Batches(engine()).delete(tableName, keys.stream().map(Key::values).toList());
  }

  // ---------------------------------------------------------------- for generated key-typed
  // methods

  protected final GetOperation<T> newGet(Key<T> key) {
    return new GetOperation<>(this, key);
  }

  protected final UpdateOperation<T> newUpdate(Key<T> key) {
    return new UpdateOperation<>(this, key);
  }

  protected final DeleteOperation<T> newDelete(Key<T> key) {
    return new DeleteOperation<>(this, key, null, Optional.empty());
  }

  /** The key of an item of a table with a partition key only. */
  protected final <P> Key<T> newKey(OrderedAttribute<P> partitionKey, P partitionValue) {
    return Key.of(partitionKey, partitionValue);
  }

  /** The key of an item of a table with a partition key and a sort key. */
  protected final <P, S> Key<T> newKey(
      OrderedAttribute<P> partitionKey,
      P partitionValue,
      OrderedAttribute<S> sortKey,
      S sortValue) {
    return Key.of(partitionKey, partitionValue, sortKey, sortValue);
  }

  // ---------------------------------------------------------------- for generated single-table
  // member repositories

  /**
   * The key of a member item from rendered key strings: {@code newKey("CUSTOMER#c1",
   * "ORDER#2024-05-01T12:00:00.000000000Z#o7")}; {@code sortKey} null when the table has none.
   *
   * @throws IllegalArgumentException when a key is null, or {@code sortKey} is given (or missing)
   *     for a table without (or with) a sort key
   */
  protected final Key<T> newKey(String partitionKey, String sortKey) {
    if (partitionKey == null || (sortKey == null) != definition().sortKey().isEmpty()) {
      throw new IllegalArgumentException(
          "The key of "
              + tableName
              + " is "
              + definition().keyNames()
              + ": got "
              + partitionKey
              + ", "
              + sortKey);
    }
    Map<String, AttributeValue> values = new java.util.LinkedHashMap<>();
    values.put(definition().partitionKey().name(), AttributeValue.s(partitionKey));
    definition().sortKey().ifPresent(key -> values.put(key.name(), AttributeValue.s(sortKey)));
    return Key.ofValues(values);
  }

  /**
   * The key of a member item from its templates' component values, in template order (the partition
   * template's, then the sort template's): {@code newTemplateKey(customerId, placedAt, orderId)}.
   *
   * @throws IllegalStateException when this repository's schema is not a {@link MemberSchema}
   * @throws IllegalArgumentException when a value is null or the number of values is wrong
   */
  protected final Key<T> newTemplateKey(Object... componentValues) {
    MemberLayout<T> layout = member().layout();
    Map<String, AttributeValue> values = layout.primaryKeyOf(componentValues);
    Map<String, Object> components = new java.util.LinkedHashMap<>();
    List<String> names = layout.primaryKey().components();
    for (int i = 0; i < names.size(); i++) {
      components.put(names.get(i), componentValues[i]);
    }
    return Key.ofTemplates(values, components);
  }

  /**
   * A query of this member's items under one partition key of the table ({@code indexName} null) or
   * of an index, from the partition template's component values: {@code orders.query("c1")} is
   * {@code PK = CUSTOMER#c1 AND begins_with(SK, "ORDER#")} with the filter {@code _type = ORDER}.
   * The {@code begins_with} is left out when the sort template starts with a component; the filter
   * when item types are derived from keys (a filter cannot name key attributes). A later {@code
   * sortKey(...)} replaces the {@code begins_with}; the type filter stays.
   *
   * @throws IllegalStateException when this repository's schema is not a {@link MemberSchema}
   * @throws IllegalArgumentException for an index this member has no template for, a null value, or
   *     the wrong number of values
   */
  protected final QueryOperation<T, StringSortKey<String>> newMemberQuery(
      String indexName, Object... partitionComponents) {
    MemberLayout<T> layout = member().layout();
    TemplatedKey templates = layout.templates(indexName);
    StringSortKey<String> sortKey =
        templates
            .sortTemplate()
            .map(sort -> new StringSortKey<>(textAttribute(templates.sortAttribute())))
            .orElse(null);
    AttributeValue partition = layout.partitionKeyOf(indexName, partitionComponents);
    KeyCondition.Term term =
        new KeyCondition.Compare(
            templates.partitionAttribute(),
            ComparisonOperator.EQ,
            new io.keyspan.expression.Literal(partition));
    QueryOperation<T, StringSortKey<String>> query =
        new QueryOperation<>(this, indexName, term, sortKey);
    String prefix = templates.sortTemplate().map(KeyPattern::literalPrefix).orElse("");
    if (!prefix.isEmpty()) {
      query.sortKey(sort -> sort.beginsWith(prefix));
    }
    Condition typeFilter = layout.typeFilter();
    return typeFilter == null ? query : query.filter(typeFilter);
  }

  private MemberSchema<T> member() {
    if (schema instanceof MemberSchema<T> member) {
      return member;
    }
    throw new IllegalStateException(
        "The items of " + tableName + " are not a single-table member type: no key templates");
  }

  /** A string attribute with no property behind it: a key rendered from templates. */
  static StringAttribute<String> textAttribute(String name) {
    return new StringAttribute<>(io.keyspan.expression.Path.of(name), Converters.STRING);
  }

  /**
   * A query of a multi-attribute index that fixes {@code parts} by equality (every partition
   * attribute, then the first sort attributes in key order) and may test the next sort attribute,
   * {@code sortKey}, with a range: {@code newIndexQuery("ByMatch",
   * QuerySortKey.of(MatchSchema.ROUND), KeyPart.of(MatchSchema.TOURNAMENT, t),
   * KeyPart.of(MatchSchema.REGION, r))}. On a single-table member's repository the query keeps only
   * the member's items, by the item-type filter.
   */
  protected final <K> QueryOperation<T, K> newIndexQuery(
      String indexName, K sortKey, KeyPart... parts) {
    QueryOperation<T, K> query =
        new QueryOperation<>(
            this, indexName, Arrays.stream(parts).map(KeyPart::term).toList(), sortKey);
    Condition typeFilter =
        schema instanceof MemberSchema<T> member ? member.layout().typeFilter() : null;
    return typeFilter == null ? query : query.filter(typeFilter);
  }

  /** A query of a multi-attribute index that fixes every key attribute by equality. */
  protected final QueryOperation<T, NoSortKey> newFullKeyQuery(String indexName, KeyPart... parts) {
    return newIndexQuery(indexName, NoSortKey.INSTANCE, parts);
  }

  /**
   * A query of the table ({@code indexName} null) or an index without a sort key, on one partition
   * key value.
   */
  protected final <P> QueryOperation<T, NoSortKey> newQuery(
      String indexName, OrderedAttribute<P> partitionKey, P value) {
    return newQuery(indexName, partitionKey, value, NoSortKey.INSTANCE);
  }

  /**
   * A query of the table ({@code indexName} null) or an index with this sort key, on one partition
   * key value.
   */
  protected final <P, K> QueryOperation<T, K> newQuery(
      String indexName, OrderedAttribute<P> partitionKey, P value, K sortKey) {
    KeyCondition.Term term =
        new KeyCondition.Compare(
            partitionKey.path().topLevelName(),
            ComparisonOperator.EQ,
            new io.keyspan.expression.Literal(partitionKey.toValue(value)));
    return new QueryOperation<>(this, indexName, term, sortKey);
  }
}
