package io.keyspan.repository;

import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.parser.Binder;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.value.AttributeValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One call of a declared read method: its {@link DeclaredRead} with the call's values bound, and
 * the paging settings of {@code @Limit}, {@code @PageSize} and {@code @Cursor} parameters.
 */
public final class DeclaredCall<T> {
  private final TableRepository<T> repository;
  private final DeclaredRead read;
  private final KeyCondition keyCondition;
  private final Condition filter;
  private Integer limit;
  private Integer pageSize;
  private String cursor;

  /**
   * @param typeFilter the item-type filter of a single-table member, ANDed before the method's own
   *     filter; null for a table of one type
   */
  DeclaredCall(
      TableRepository<T> repository,
      DeclaredRead read,
      Map<String, AttributeValue> values,
      Condition typeFilter) {
    this.repository = repository;
    this.read = read;
    Binder binder = Binder.of(values);
    this.keyCondition = read.keyCondition().map(binder::bind).orElse(null);
    this.filter =
        Conditions.and(
            typeFilter, read.filter().map(f -> binder.bind(f, ExpressionKind.FILTER)).orElse(null));
    this.limit = read.limit().orElse(null);
    this.pageSize = read.pageSize().orElse(null);
  }

  /** Overrides the method's limit; 0 or less means no limit. */
  public DeclaredCall<T> limit(int limit) {
    this.limit = limit > 0 ? limit : null;
    return this;
  }

  /** Overrides the method's page size; 0 or less means DynamoDB's own (up to 1 MB). */
  public DeclaredCall<T> pageSize(int pageSize) {
    this.pageSize = pageSize > 0 ? pageSize : null;
    return this;
  }

  /** Resumes after the page that returned this cursor; null for the first page. */
  public DeclaredCall<T> startAfter(String cursor) {
    this.cursor = cursor;
    return this;
  }

  public List<T> list() {
    return pager(null).read(cursor, pageSize, limit, false).items();
  }

  /** One page and the cursor to the next. */
  public Page<T> page() {
    return pager(null).read(cursor, pageSize, limit, true);
  }

  /** The items, fetched a page at a time as the stream is consumed. */
  public Stream<T> stream() {
    Stream<T> items = StreamSupport.stream(new PageSpliterator(), false);
    return limit == null ? items : items.limit(limit);
  }

  public Optional<T> first() {
    return pager(null).read(cursor, pageSize, 1, false).items().stream().findFirst();
  }

  /** The number of matching items (Select COUNT: no items are transferred). */
  public long count() {
    long count = pager(Select.COUNT).count(cursor, pageSize);
    return limit == null ? count : Math.min(count, limit);
  }

  public boolean exists() {
    return first().isPresent();
  }

  private Pager<T> pager(Select select) {
    String indexName = read.indexName().orElse(null);
    String scope =
        ReadScope.declared(
            read.method(),
            keyCondition == null
                ? ReadScope.scan(repository.tableName(), indexName, null, null)
                : ReadScope.query(
                    repository.tableName(), indexName, keyCondition, read.isForward()));
    PageSettings settings =
        new PageSettings(
            indexName, filter, read.projection().orElse(null), read.isConsistentRead());
    return new Pager<>(
        repository, indexName, scope, (start, size) -> page(settings, start, size, select));
  }

  /** One page's request: a Scan for a declared read without key condition, else a Query. */
  private PageResponse page(
      PageSettings settings, Map<String, AttributeValue> start, Integer size, Select select) {
    String table = repository.tableName();
    if (keyCondition == null) {
      return repository
          .engine()
          .scan(settings.page(ScanRequest.builder(table), start, size, select).build());
    }
    return repository
        .engine()
        .query(
            settings
                .page(QueryRequest.builder(table, keyCondition), start, size, select)
                .scanIndexForward(read.isForward())
                .build());
  }

  /** Reads the next page only when the items read so far are consumed. */
  private final class PageSpliterator extends Spliterators.AbstractSpliterator<T> {
    private final Deque<T> buffer = new ArrayDeque<>();
    private String next = cursor;
    private boolean done;

    PageSpliterator() {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (buffer.isEmpty() && !done) {
        Page<T> page = pager(null).read(next, pageSize, null, true);
        buffer.addAll(page.items());
        next = page.cursor().orElse(null);
        done = next == null;
      }
      if (buffer.isEmpty()) {
        return false;
      }
      action.accept(buffer.poll());
      return true;
    }
  }
}
