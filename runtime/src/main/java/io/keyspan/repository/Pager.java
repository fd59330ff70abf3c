package io.keyspan.repository;

import io.keyspan.engine.PageResponse;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads pages until the maximum item count or the end, keeping the page size (DynamoDB's {@code
 * Limit}, items evaluated per request) separate from the maximum number of items returned. When the
 * maximum cuts a page, the cursor points after the last item returned.
 */
final class Pager<T> {
  private final TableRepository<T> repository;
  private final Optional<IndexDefinition> index;
  private final String scope;
  private final BiFunction<Map<String, AttributeValue>, Integer, PageResponse> read;

  Pager(
      TableRepository<T> repository,
      String indexName,
      String scope,
      BiFunction<Map<String, AttributeValue>, Integer, PageResponse> read) {
    this.repository = repository;
    this.index = indexName == null ? Optional.empty() : repository.definition().index(indexName);
    this.scope = scope;
    this.read = read;
  }

  Map<String, AttributeValue> start(String cursor) {
    return cursor == null ? null : Cursors.decode(scope, cursor);
  }

  /**
   * Up to {@code maxItems} (null: all), over as many requests as needed; {@code onePage} stops
   * after one.
   */
  Page<T> read(String cursor, Integer pageSize, Integer maxItems, boolean onePage) {
    Map<String, AttributeValue> start = start(cursor);
    List<T> items = new ArrayList<>();
    while (true) {
      PageResponse page = read.apply(start, pageSize);
      for (Map<String, AttributeValue> item : page.items()) {
        items.add(repository.schema().read(item));
        if (maxItems != null && items.size() == maxItems) {
          boolean more =
              page.lastEvaluatedKey() != null || item != page.items().get(page.items().size() - 1);
          return new Page<>(
              items,
              more
                  ? Optional.of(
                      Cursors.encode(scope, repository.definition().positionOf(index, item)))
                  : Optional.empty());
        }
      }
      start = page.lastEvaluatedKey();
      if (start == null) {
        return new Page<>(items, Optional.empty());
      }
      if (onePage) {
        return new Page<>(items, Optional.of(Cursors.encode(scope, start)));
      }
    }
  }

  /** The number of matching items, over all pages. */
  long count(String cursor, Integer pageSize) {
    Map<String, AttributeValue> start = start(cursor);
    long count = 0;
    do {
      PageResponse page = read.apply(start, pageSize);
      count += page.count();
      start = page.lastEvaluatedKey();
    } while (start != null);
    return count;
  }
}
