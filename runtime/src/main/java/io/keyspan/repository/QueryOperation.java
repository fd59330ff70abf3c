package io.keyspan.repository;

import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.Select;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.ValueOperand;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.TypedAttribute;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Query of one partition of the table or an index, in sort-key order.
 *
 * <pre>{@code
 * orders.query("alice").sortKey(OrderSchema.DATE.beginsWith("2024-05"))
 *     .filter(OrderSchema.TOTAL.gt(100)).descending().pageSize(50).limit(10).list();
 * }</pre>
 */
public final class QueryOperation<T> {
  private final TableRepository<T> repository;
  private final String indexName;
  private final KeyCondition.Term partition;
  private KeyCondition.Term sort;
  private Condition filter;
  private Projection projection;
  private boolean forward = true;
  private boolean consistentRead;
  private Integer pageSize;
  private Integer limit;
  private String cursor;

  QueryOperation(TableRepository<T> repository, String indexName, KeyCondition.Term partition) {
    this.repository = repository;
    this.indexName = indexName;
    this.partition = partition;
  }

  /**
   * The sort-key condition, built from the sort key's typed attribute: {@code =}, {@code <},
   * {@code <=}, {@code >}, {@code >=}, {@code between} or {@code beginsWith}.
   *
   * @throws IllegalArgumentException for a condition on another attribute or of another shape
   */
  public QueryOperation<T> sortKey(Condition condition) {
    String sortKey = sortKeyName().orElseThrow(() -> new IllegalArgumentException(
        (indexName == null ? "The table " + repository.tableName() : "The index " + indexName) + " has no sort key"));
    this.sort = SortKeyTerms.of(sortKey, condition);
    return this;
  }

  /** Applied to the items read, before they are returned; it does not reduce the read cost. */
  public QueryOperation<T> filter(Condition filter) {
    this.filter = Conditions.and(this.filter, filter);
    return this;
  }

  /** Only these attributes; the others read as null. */
  public QueryOperation<T> project(TypedAttribute<?>... attributes) {
    this.projection = Projections.withKeys(repository, indexName, attributes);
    return this;
  }

  public QueryOperation<T> descending() {
    this.forward = false;
    return this;
  }

  public QueryOperation<T> ascending() {
    this.forward = true;
    return this;
  }

  /** A strongly consistent read (not on a global index). */
  public QueryOperation<T> consistentRead() {
    this.consistentRead = true;
    return this;
  }

  /** Items evaluated per request (DynamoDB's {@code Limit}). */
  public QueryOperation<T> pageSize(int pageSize) {
    this.pageSize = positive(pageSize, "page size");
    return this;
  }

  /** The maximum number of items returned in all. */
  public QueryOperation<T> limit(int maxItems) {
    this.limit = positive(maxItems, "limit");
    return this;
  }

  /** Resumes after the page that returned this cursor. */
  public QueryOperation<T> startAfter(String cursor) {
    this.cursor = cursor;
    return this;
  }

  /** The first request, as {@link #list()} would send it. */
  public QueryRequest request() {
    return request(pager(null).start(cursor), pageSize, null);
  }

  public Explanation explain() {
    QueryRequest request = request();
    return new Explainer().keyCondition(request.keyCondition()).condition(ExpressionKind.FILTER, request.filter())
        .projection(request.projection()).explain("Query", request, repository.tableName(), indexName);
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
    return new Pager<>(repository, indexName, fingerprint(),
        (start, size) -> repository.engine().query(request(start, size, select)));
  }

  private QueryRequest request(Map<String, AttributeValue> start, Integer size, Select select) {
    KeyCondition keyCondition = sort == null ? KeyCondition.of(partition) : KeyCondition.of(partition, sort);
    return QueryRequest.builder(repository.tableName(), keyCondition)
        .indexName(indexName).filter(filter).projection(projection).select(select).limit(size)
        .exclusiveStartKey(start).scanIndexForward(forward).consistentRead(consistentRead).build();
  }

  private String fingerprint() {
    return "Query " + repository.tableName() + " " + indexName + " " + partition + " " + sort + " forward=" + forward;
  }

  private Optional<String> sortKeyName() {
    if (indexName == null) {
      return repository.definition().sortKey().map(KeyDefinition::name);
    }
    return repository.definition().index(indexName).flatMap(IndexDefinition::sortKeyIfAny).map(KeyDefinition::name);
  }

  static int positive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException("The " + what + " must be at least 1, not " + value);
    }
    return value;
  }

  /** Sort-key conditions as key-condition terms. */
  static final class SortKeyTerms {
    private SortKeyTerms() {}

    static KeyCondition.Term of(String sortKey, Condition condition) {
      if (condition instanceof Condition.Compare compare && onKey(compare.left(), sortKey)
          && compare.right() instanceof ValueOperand value && compare.op() != io.keyspan.expression.Comparator.NE) {
        return new KeyCondition.Compare(sortKey, compare.op(), value);
      }
      if (condition instanceof Condition.Between between && onKey(between.value(), sortKey)
          && between.lower() instanceof ValueOperand lower && between.upper() instanceof ValueOperand upper) {
        return new KeyCondition.Between(sortKey, lower, upper);
      }
      if (condition instanceof Condition.BeginsWith beginsWith && onKey(beginsWith.subject(), sortKey)
          && beginsWith.prefix() instanceof ValueOperand prefix) {
        return new KeyCondition.BeginsWith(sortKey, prefix);
      }
      throw new IllegalArgumentException(
          "A sort-key condition is =, <, <=, >, >=, between or beginsWith on the sort key " + sortKey + ", not " + condition);
    }

    private static boolean onKey(io.keyspan.expression.Operand operand, String sortKey) {
      return operand instanceof Path path && path.isTopLevel() && path.topLevelName().equals(sortKey);
    }
  }
}
