package io.keyspan.memory;

import io.keyspan.engine.PageRequest;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Query and Scan on tables and secondary indexes (Developer Guide Query, SecondaryIndexes; API
 * Query, Scan). A page evaluates items in order until Limit items or 1 MB, then filters, then
 * projects. Resumption from a LastEvaluatedKey is exact because every order is a total, stable
 * order.
 */
final class ReadOperations {
  /** A page stops once it has evaluated 1 MB of items (Developer Guide: ServiceQuotas). */
  static final long PAGE_BYTES = 1024 * 1024;

  static final long HASH_SPACE = 1L << 32;

  /** The most items a page's list is sized for before it holds any. */
  private static final int PAGE_CAPACITY = 1024;

  private final Catalog catalog;

  ReadOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * What a read of a table or index returns and costs; an index null means the table.
   *
   * @param fetchesFromTable whether an LSI read returns attributes the index does not project, so
   *     each returned item is fetched from the table
   */
  private record Source(
      StoredTable table,
      SecondaryIndex index,
      Select select,
      Projection projection,
      boolean fetchesFromTable) {

    /** The source a Query or Scan reads: its index, checked, and what it selects. */
    static Source of(StoredTable table, PageRequest request) {
      SecondaryIndex index =
          ReadOperations.index(table, request.indexName(), request.consistentRead());
      return of(
          table,
          index,
          ReadOperations.select(request.select(), request.projection(), index),
          request.projection());
    }

    static Source of(
        StoredTable table, SecondaryIndex index, Select select, Projection projection) {
      boolean fetches =
          index != null
              && !index.global()
              && index.projection().projectionType() != ProjectionType.ALL
              && (select == Select.ALL_ATTRIBUTES
                  || (projection != null
                      && projection.paths().stream()
                          .anyMatch(path -> !index.projects(path.topLevelName(), table.key()))));
      return new Source(table, index, select, projection, fetches);
    }

    TypedKeySchema key() {
      return index == null ? table.key() : index.key();
    }

    OrderedStore store() {
      return index == null ? table.items() : table.index(index.name());
    }

    /** The item as this read sees it: the index's projection, or the whole item. */
    Map<String, AttributeValue> view(Map<String, AttributeValue> item) {
      return index == null || fetchesFromTable() ? item : index.project(item, table.key());
    }

    /** The LastEvaluatedKey: the table's key, plus the index's key on an index. */
    Map<String, AttributeValue> lastKey(Map<String, AttributeValue> item) {
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (String name : table.key().names()) {
        key.put(name, item.get(name));
      }
      if (index != null) {
        for (String name : index.key().names()) {
          key.put(name, item.get(name));
        }
      }
      return key;
    }

    /** The store position of an ExclusiveStartKey, validated against the key names and types. */
    Position position(Map<String, AttributeValue> startKey) {
      Map<String, AttributeValue> expected = lastKey(startKey);
      boolean valid = expected.size() == startKey.size();
      for (var entry : expected.entrySet()) {
        TypedKeySchema owner = table.key().contains(entry.getKey()) ? table.key() : index.key();
        valid &=
            entry.getValue() != null
                && entry.getValue().type() == owner.typeOf(entry.getKey()).valueType();
      }
      if (!valid) {
        throw ErrorMessages.invalidStartKey();
      }
      PrimaryKey tableKey = PrimaryKey.of(table.key(), startKey);
      if (index == null) {
        return new Position(tableKey.partition(), tableKey.entry());
      }
      return new Position(index.partition(startKey), index.entryKey(tableKey, startKey));
    }
  }

  /** Where in a store a read resumes. */
  private record Position(HashedPartitionKey partition, EntryKey key) {}

  // ------------------------------------------------------------------ Query

  PageResponse query(QueryRequest request) {
    StoredTable table = catalog.table(request.tableName());
    checkLimit(request.limit());
    Source source = Source.of(table, request);
    Evaluation.check(request.keyCondition());
    Evaluation.check(request.filter(), ExpressionKind.FILTER);
    Evaluation.check(request.projection());
    KeyRange range = KeyRange.of(request.keyCondition(), source.key());
    if (request.filter() != null) {
      checkFilterNamesNoKey(request.filter(), table.key(), source.index());
    }
    HashedPartitionKey partition = HashedPartitionKey.of(range.partition());
    NavigableMap<EntryKey, StoredItem> entries = range.select(source.store().partition(partition));
    if (request.exclusiveStartKey() != null) {
      Position start = source.position(request.exclusiveStartKey());
      range.checkStartKey(request.exclusiveStartKey(), source.key());
      entries =
          request.scanIndexForward()
              ? entries.tailMap(start.key(), false)
              : entries.headMap(start.key(), false);
    }
    Iterator<StoredItem> items =
        (request.scanIndexForward() ? entries : entries.descendingMap()).values().iterator();
    return page(source, items, request);
  }

  /** A Query filter may not name the key attributes (API Query.FilterExpression). */
  private static void checkFilterNamesNoKey(
      Condition filter, TypedKeySchema tableKey, SecondaryIndex index) {
    for (String name : ConditionPaths.of(filter)) {
      if (tableKey.contains(name) || (index != null && index.key().contains(name))) {
        throw ErrorMessages.filterOnKey(name);
      }
    }
  }

  // ------------------------------------------------------------------ Scan

  PageResponse scan(ScanRequest request) {
    StoredTable table = catalog.table(request.tableName());
    checkLimit(request.limit());
    checkSegments(request.segment(), request.totalSegments());
    Source source = Source.of(table, request);
    Evaluation.check(request.filter(), ExpressionKind.FILTER);
    ScalarKeyPaths.checkFilter(table.definition(), request.filter());
    Evaluation.check(request.projection());
    int total = request.totalSegments() == null ? 1 : request.totalSegments();
    int segment = request.segment() == null ? 0 : request.segment();
    long fromHash = ceilDiv(segment * HASH_SPACE, total);
    long toHash = ceilDiv((segment + 1) * HASH_SPACE, total);
    Iterator<StoredItem> items;
    if (request.exclusiveStartKey() != null) {
      Position start = source.position(request.exclusiveStartKey());
      long hash = start.partition().unsignedHash();
      if (hash < fromHash || hash >= toHash) {
        throw ErrorMessages.startKeyOutsideSegment();
      }
      items = source.store().items(0, toHash, start.partition(), start.key());
    } else {
      items = source.store().items(fromHash, toHash, null, null);
    }
    return page(source, items, request);
  }

  /** Segment and TotalSegments rules (API Scan; dynalite validations/scan.js). */
  private static void checkSegments(Integer segment, Integer totalSegments) {
    if (segment != null && totalSegments == null) {
      throw ErrorMessages.segmentWithoutTotalSegments();
    }
    if (totalSegments != null && segment == null) {
      throw ErrorMessages.totalSegmentsWithoutSegment();
    }
    if (segment == null) {
      return;
    }
    if (totalSegments < 1) {
      throw ErrorMessages.constraint(
          totalSegments, "totalSegments", "have value greater than or equal to 1");
    }
    if (totalSegments > 1_000_000) {
      throw ErrorMessages.constraint(
          totalSegments, "totalSegments", "have value less than or equal to 1000000");
    }
    if (segment < 0) {
      throw ErrorMessages.constraint(segment, "segment", "have value greater than or equal to 0");
    }
    if (segment >= totalSegments) {
      throw ErrorMessages.segmentNotBelowTotal(segment, totalSegments);
    }
  }

  // ------------------------------------------------------------------ shared

  private static void checkLimit(Integer limit) {
    if (limit != null && limit < 1) {
      throw ErrorMessages.constraint(limit, "limit", "have value greater than or equal to 1");
    }
  }

  private static SecondaryIndex index(StoredTable table, String indexName, boolean consistent) {
    if (indexName == null) {
      return null;
    }
    SecondaryIndex index =
        table.definition().index(indexName).orElseThrow(() -> ErrorMessages.noSuchIndex(indexName));
    if (index.global() && consistent) {
      throw ErrorMessages.consistentReadOnGlobalIndex();
    }
    return index;
  }

  /** Select's rules and defaults (Developer Guide Query). */
  private static Select select(Select select, Projection projection, SecondaryIndex index) {
    if (projection != null) {
      if (select != null && select != Select.SPECIFIC_ATTRIBUTES) {
        throw ErrorMessages.projectionWithSelect(select);
      }
      return Select.SPECIFIC_ATTRIBUTES;
    }
    if (select == Select.SPECIFIC_ATTRIBUTES) {
      throw ErrorMessages.specificAttributesWithoutProjection();
    }
    if (select == Select.ALL_PROJECTED_ATTRIBUTES && index == null) {
      throw ErrorMessages.allProjectedWithoutIndex();
    }
    if (select == Select.ALL_ATTRIBUTES
        && index != null
        && index.global()
        && index.projection().projectionType() != ProjectionType.ALL) {
      throw ErrorMessages.allAttributesOnGlobalIndex(index.name());
    }
    if (select != null) {
      return select;
    }
    return index == null ? Select.ALL_ATTRIBUTES : Select.ALL_PROJECTED_ATTRIBUTES;
  }

  /**
   * Reads one page: evaluates items until Limit or 1 MB, then filters and projects. A page that
   * stops at Limit or at 1 MB carries a LastEvaluatedKey even when nothing follows, as DynamoDB's
   * does; only its absence ends the read.
   */
  private PageResponse page(Source source, Iterator<StoredItem> candidates, PageRequest request) {
    // The request's settings, read once: the loop below runs once per evaluated item.
    int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
    Condition filter = request.filter();
    Projection projection = source.projection();
    boolean returnsItems = source.select() != Select.COUNT;
    boolean fetches = source.fetchesFromTable();
    Costs.Consistency consistency = Costs.Consistency.of(request.consistentRead());
    // Sized for a page of Limit items (up to a bound, as Limit may be far above what 1 MB holds).
    List<Map<String, AttributeValue>> items =
        new ArrayList<>(request.limit() == null ? 16 : Math.min(limit, PAGE_CAPACITY));
    int evaluated = 0;
    int matched = 0;
    long bytes = 0;
    double fetchUnits = 0;
    Map<String, AttributeValue> lastEvaluatedKey = null;
    while (candidates.hasNext()) {
      StoredItem stored = candidates.next();
      Map<String, AttributeValue> item = stored.item();
      evaluated++;
      // The size stored with the entry: the item's, or on an index its index entry's.
      bytes += stored.size();
      Map<String, AttributeValue> view = source.view(item);
      if (Evaluation.test(filter, view)) {
        matched++;
        if (fetches) {
          fetchUnits += Costs.readUnits(ItemSize.of(item), consistency);
        }
        if (returnsItems) {
          items.add(projection == null ? view : Evaluation.project(projection, view));
        }
      }
      if (evaluated == limit || bytes >= PAGE_BYTES) {
        lastEvaluatedKey = source.lastKey(item);
        break;
      }
    }
    double units = Costs.readUnits(bytes, consistency);
    double fetched = fetchUnits;
    return new PageResponse(
        returnsItems ? items : Collections.emptyList(),
        matched,
        evaluated,
        lastEvaluatedKey,
        Usage.reported(request.returnConsumedCapacity(), () -> usage(source, units, fetched)));
  }

  /** A page's capacity: its read units on the table or index, plus an LSI's fetches. */
  private static Usage usage(Source source, double units, double fetchUnits) {
    String table = source.table().definition().name();
    return source.index() == null
        ? Usage.ofTable(table, true, units)
        : Usage.ofIndexRead(table, source.index(), units)
            .plus(Usage.ofTable(table, true, fetchUnits));
  }

  private static long ceilDiv(long dividend, long divisor) {
    return (dividend + divisor - 1) / divisor;
  }
}
