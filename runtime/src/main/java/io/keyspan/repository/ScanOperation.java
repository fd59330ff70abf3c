package io.keyspan.repository;

import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Projection;
import io.keyspan.schema.TypedAttribute;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A Scan of the whole table or an index, optionally split into parallel segments.
 *
 * <pre>{@code
 * users.scan().filter(UserSchema.AGE.gt(25)).list();
 * users.scan().parallel(4).list();           // four segments read concurrently
 * users.scan().segment(1, 4).page();         // one worker's share
 * }</pre>
 */
public final class ScanOperation<T> {
  private final TableRepository<T> repository;
  private final String indexName;
  private Condition filter;
  private Projection projection;
  private boolean consistentRead;
  private Integer pageSize;
  private Integer limit;
  private String cursor;
  private Integer segment;
  private Integer totalSegments;
  private int parallelism = 1;

  ScanOperation(TableRepository<T> repository, String indexName) {
    this.repository = repository;
    this.indexName = indexName;
  }

  public ScanOperation<T> filter(Condition filter) {
    this.filter = Conditions.and(this.filter, filter);
    return this;
  }

  public ScanOperation<T> project(TypedAttribute<?>... attributes) {
    this.projection = Projections.withKeys(repository, indexName, attributes);
    return this;
  }

  public ScanOperation<T> consistentRead() {
    this.consistentRead = true;
    return this;
  }

  /** Items evaluated per request (DynamoDB's {@code Limit}). */
  public ScanOperation<T> pageSize(int pageSize) {
    this.pageSize = QueryOperation.positive(pageSize, "page size");
    return this;
  }

  /** The maximum number of items returned in all (per segment when parallel). */
  public ScanOperation<T> limit(int maxItems) {
    this.limit = QueryOperation.positive(maxItems, "limit");
    return this;
  }

  public ScanOperation<T> startAfter(String cursor) {
    this.cursor = cursor;
    return this;
  }

  /**
   * Reads only segment {@code segment} of {@code totalSegments} (from 0), for a worker of a
   * parallel scan.
   */
  public ScanOperation<T> segment(int segment, int totalSegments) {
    if (totalSegments < 1 || totalSegments > 1_000_000 || segment < 0 || segment >= totalSegments) {
      throw new IllegalArgumentException(
          "A segment is 0 to totalSegments - 1, with 1 to 1000000 segments; not "
              + segment
              + " of "
              + totalSegments);
    }
    this.segment = segment;
    this.totalSegments = totalSegments;
    return this;
  }

  /**
   * Splits {@link #list()} and {@link #count()} into {@code segments} segments read concurrently.
   */
  public ScanOperation<T> parallel(int segments) {
    this.parallelism = QueryOperation.positive(segments, "number of segments");
    return this;
  }

  public ScanRequest request() {
    return request(
        segment, totalSegments, pager(segment, totalSegments, null).start(cursor), pageSize, null);
  }

  public Explanation explain() {
    ScanRequest request = request();
    return new Explainer()
        .condition(ExpressionKind.FILTER, request.filter())
        .projection(request.projection())
        .explain("Scan", request, repository.tableName(), indexName);
  }

  /** Every matching item (up to the limit), in segment order when parallel. */
  public List<T> list() {
    if (parallelism == 1) {
      return pager(segment, totalSegments, null).read(cursor, pageSize, limit, false).items();
    }
    List<CompletableFuture<List<T>>> segments = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      Pager<T> pager = pager(i, parallelism, null);
      segments.add(
          CompletableFuture.supplyAsync(() -> pager.read(null, pageSize, limit, false).items()));
    }
    List<T> items = new ArrayList<>();
    segments.forEach(s -> items.addAll(s.join()));
    return items;
  }

  public Page<T> page() {
    return pager(segment, totalSegments, null).read(cursor, pageSize, limit, true);
  }

  /** The number of matching items (Select COUNT). */
  public long count() {
    if (parallelism == 1) {
      return pager(segment, totalSegments, Select.COUNT).count(cursor, pageSize);
    }
    List<CompletableFuture<Long>> segments = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      Pager<T> pager = pager(i, parallelism, Select.COUNT);
      segments.add(CompletableFuture.supplyAsync(() -> pager.count(null, pageSize)));
    }
    return segments.stream().mapToLong(CompletableFuture::join).sum();
  }

  private Pager<T> pager(Integer segment, Integer total, Select select) {
    return new Pager<>(
        repository,
        indexName,
        ReadScope.scan(repository.tableName(), indexName, segment, total),
        (start, size) -> repository.engine().scan(request(segment, total, start, size, select)));
  }

  private ScanRequest request(
      Integer segment,
      Integer total,
      Map<String, AttributeValue> start,
      Integer size,
      Select select) {
    return new PageSettings(indexName, filter, projection, consistentRead)
        .page(ScanRequest.builder(repository.tableName()), start, size, select)
        .segment(segment)
        .totalSegments(total)
        .build();
  }
}
