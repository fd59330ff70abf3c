package io.keyspan.repository;

import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.Select;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.TypedAttribute;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Query of one partition of the table or an index, in sort-key order.
 *
 * <pre>{@code
 * orders.query("alice").sortKey(date -> date.beginsWith("2024-05"))
 *     .filter(OrderSchema.TOTAL.gt(100)).descending().pageSize(50).limit(10).list();
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the query's sort key: a {@link QuerySortKey} ({@link StringSortKey}, {@link
 *     BinarySortKey}), or {@link NoSortKey} when the table or index has none
 */
public final class QueryOperation<T, K> {
  private final TableRepository<T> repository;
  private final String indexName;
  private final List<KeyCondition.Term> fixed;
  private final K sortKey;
  private KeyCondition.Term sort;
  private Condition filter;
  private Projection projection;
  private boolean forward = true;
  private boolean consistentRead;
  private Integer pageSize;
  private Integer limit;
  private String cursor;

  QueryOperation(
      TableRepository<T> repository, String indexName, KeyCondition.Term partition, K sortKey) {
    this(repository, indexName, List.of(partition), sortKey);
  }

  /**
   * A query whose key condition fixes {@code fixed} by equality: the partition key's attributes
   * and, on a multi-attribute index key, a prefix of its sort attributes; {@code sortKey} is the
   * next sort attribute, the only one a range condition may test.
   */
  QueryOperation(
      TableRepository<T> repository, String indexName, List<KeyCondition.Term> fixed, K sortKey) {
    this.repository = repository;
    this.indexName = indexName;
    this.fixed = List.copyOf(fixed);
    this.sortKey = sortKey;
  }

  /**
   * The sort-key condition, built from this query's own sort key: {@code sortKey(date ->
   * date.between(from, to))}. Only the query's sort key is offered, so a condition on another
   * attribute is a compile error.
   *
   * @throws IllegalArgumentException for a condition built by another query's sort key
   */
  public QueryOperation<T, K> sortKey(Function<? super K, SortKeyCondition> condition) {
    String expected =
        sortKeyName()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        (indexName == null
                                ? "The table " + repository.tableName()
                                : "The index " + indexName)
                            + " has no sort key"));
    KeyCondition.Term term = condition.apply(sortKey).term();
    if (!term.attribute().equals(expected)) {
      throw new IllegalArgumentException(
          "The sort key of this query is "
              + expected
              + ", not "
              + term.attribute()
              + ": build the condition from the sort key the query hands to sortKey(...)");
    }
    this.sort = term;
    return this;
  }

  /** Applied to the items read, before they are returned; it does not reduce the read cost. */
  public QueryOperation<T, K> filter(Condition filter) {
    this.filter = Conditions.and(this.filter, filter);
    return this;
  }

  /** Only these attributes; the others read as null. */
  public QueryOperation<T, K> project(TypedAttribute<?>... attributes) {
    this.projection = Projections.withKeys(repository, indexName, attributes);
    return this;
  }

  public QueryOperation<T, K> descending() {
    this.forward = false;
    return this;
  }

  public QueryOperation<T, K> ascending() {
    this.forward = true;
    return this;
  }

  /** A strongly consistent read (not on a global index). */
  public QueryOperation<T, K> consistentRead() {
    this.consistentRead = true;
    return this;
  }

  /** Items evaluated per request (DynamoDB's {@code Limit}). */
  public QueryOperation<T, K> pageSize(int pageSize) {
    this.pageSize = positive(pageSize, "page size");
    return this;
  }

  /** The maximum number of items returned in all. */
  public QueryOperation<T, K> limit(int maxItems) {
    this.limit = positive(maxItems, "limit");
    return this;
  }

  /** Resumes after the page that returned this cursor. */
  public QueryOperation<T, K> startAfter(String cursor) {
    this.cursor = cursor;
    return this;
  }

  /** The first request, as {@link #list()} would send it. */
  public QueryRequest request() {
    return request(pager(null).start(cursor), pageSize, null);
  }

  public Explanation explain() {
    QueryRequest request = request();
    return new Explainer()
        .keyCondition(request.keyCondition())
        .condition(ExpressionKind.FILTER, request.filter())
        .projection(request.projection())
        .explain("Query", request, repository.tableName(), indexName);
  }

  /** Every matching item up to the limit, over as many requests as needed. */
  public List<T> list() {
    return pager(null).read(cursor, pageSize, limit, false).items();
  }

  /** One page: the items of one request (up to the limit) and the cursor to the next. */
  public Page<T> page() {
    return pager(null).read(cursor, pageSize, limit, true);
  }

  public Optional<T> first() {
    return pager(null).read(cursor, pageSize, 1, false).items().stream().findFirst();
  }

  /** The number of matching items (Select COUNT: no items are transferred). */
  public long count() {
    return pager(Select.COUNT).count(cursor, pageSize);
  }

  private Pager<T> pager(Select select) {
    return new Pager<>(
        repository,
        indexName,
        ReadScope.query(repository.tableName(), indexName, keyCondition(), forward),
        (start, size) -> repository.engine().query(request(start, size, select)));
  }

  private QueryRequest request(Map<String, AttributeValue> start, Integer size, Select select) {
    return new PageSettings(indexName, filter, projection, consistentRead)
        .page(QueryRequest.builder(repository.tableName(), keyCondition()), start, size, select)
        .scanIndexForward(forward)
        .build();
  }

  private KeyCondition keyCondition() {
    if (sort == null) {
      return new KeyCondition(fixed);
    }
    List<KeyCondition.Term> terms = new ArrayList<>(fixed);
    terms.add(sort);
    return new KeyCondition(terms);
  }

  private Optional<String> sortKeyName() {
    if (sortKey instanceof QuerySortKey<?> key) {
      return Optional.of(key.name());
    }
    if (indexName == null) {
      return repository.definition().sortKey().map(KeyDefinition::name);
    }
    return repository
        .definition()
        .index(indexName)
        .flatMap(IndexDefinition::sortKeyIfAny)
        .map(KeyDefinition::name);
  }

  static int positive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException("The " + what + " must be at least 1, not " + value);
    }
    return value;
  }
}
