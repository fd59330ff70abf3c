package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Query and Scan: key conditions, order, filters, projections, pages, segments, indexes. */
public abstract class QueryScanContract extends EngineContract {

  /** Two partitions: "a" with sort keys 1..5 (groups g1/g2), "b" with sort key 1. */
  private String seed(String purpose) {
    String table = createIndexedTable(purpose);
    for (int sk = 1; sk <= 5; sk++) {
      put(
          table,
          item(
              "pk",
              s("a"),
              "sk",
              n(sk),
              "group",
              s(sk % 2 == 0 ? "g2" : "g1"),
              "rank",
              n(10 - sk),
              "name",
              s("n" + sk),
              "v",
              n(sk * 10)));
    }
    put(table, item("pk", s("b"), "sk", n(1), "v", n(100)));
    return table;
  }

  private static List<AttributeValue> sortKeys(PageResponse page) {
    return page.items().stream().map(item -> item.get("sk")).toList();
  }

  // API Query ScanIndexForward: ascending by default, descending when false.
  @Test
  void query_returnsThePartitionInSortKeyOrder_bothDirections() {
    String table = seed("order");

    PageResponse forward =
        engine().query(QueryRequest.builder(table, partition("pk", s("a"))).build());
    PageResponse backward =
        engine()
            .query(
                QueryRequest.builder(table, partition("pk", s("a")))
                    .scanIndexForward(false)
                    .build());

    assertThat(sortKeys(forward)).containsExactly(n(1), n(2), n(3), n(4), n(5)).inOrder();
    assertThat(sortKeys(backward)).containsExactly(n(5), n(4), n(3), n(2), n(1)).inOrder();
    assertThat(forward.count()).isEqualTo(5);
    assertThat(forward.lastEvaluatedKey()).isNull();
  }

  // Developer Guide Query.KeyConditionExpressions: BETWEEN and comparisons on the sort key.
  @Test
  void sortKeyConditions_selectARange() {
    String table = seed("range");

    PageResponse between =
        engine()
            .query(
                QueryRequest.builder(
                        table,
                        partitionAnd(
                            "pk",
                            s("a"),
                            new KeyCondition.Between("sk", literal(n(2)), literal(n(4)))))
                    .build());
    PageResponse greater =
        engine()
            .query(
                QueryRequest.builder(
                        table,
                        partitionAnd(
                            "pk",
                            s("a"),
                            new KeyCondition.Compare("sk", ComparisonOperator.GT, literal(n(3)))))
                    .build());

    assertThat(sortKeys(between)).containsExactly(n(2), n(3), n(4)).inOrder();
    assertThat(sortKeys(greater)).containsExactly(n(4), n(5)).inOrder();
  }

  // API Query Limit / LastEvaluatedKey / ExclusiveStartKey: pages resume where they stopped.
  @Test
  void limitedQuery_pagesThroughEveryItemOnce() {
    String table = seed("pages");

    List<AttributeValue> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      PageResponse page =
          engine()
              .query(
                  QueryRequest.builder(table, partition("pk", s("a")))
                      .limit(2)
                      .exclusiveStartKey(start)
                      .scanIndexForward(false)
                      .build());
      seen.addAll(sortKeys(page));
      start = page.lastEvaluatedKey();
      pages++;
    } while (start != null);

    assertThat(seen).containsExactly(n(5), n(4), n(3), n(2), n(1)).inOrder();
    assertThat(pages).isAtLeast(3);
  }

  // API Query FilterExpression: Count after the filter, ScannedCount before it.
  @Test
  void filter_reducesCountButNotScannedCount() {
    String table = seed("filter");

    PageResponse page =
        engine()
            .query(
                QueryRequest.builder(table, partition("pk", s("a")))
                    .filter(compare("v", ComparisonOperator.GE, n(30)))
                    .build());

    assertThat(sortKeys(page)).containsExactly(n(3), n(4), n(5)).inOrder();
    assertThat(page.count()).isEqualTo(3);
    assertThat(page.scannedCount()).isEqualTo(5);
  }

  // API Query Select COUNT: no items, only the count.
  @Test
  void selectCount_returnsOnlyTheCount() {
    String table = seed("count");

    PageResponse page =
        engine()
            .query(
                QueryRequest.builder(table, partition("pk", s("a"))).select(Select.COUNT).build());

    assertThat(page.items()).isEmpty();
    assertThat(page.count()).isEqualTo(5);
  }

  // API Query ProjectionExpression.
  @Test
  void projection_limitsTheReturnedAttributes() {
    String table = seed("projected");

    PageResponse page =
        engine()
            .query(
                QueryRequest.builder(
                        table,
                        partitionAnd(
                            "pk",
                            s("a"),
                            new KeyCondition.Compare("sk", ComparisonOperator.EQ, literal(n(1)))))
                    .projection(Projection.of("v", "name"))
                    .build());

    assertThat(page.items()).containsExactly(item("v", n(10), "name", s("n1")));
  }

  // Developer Guide GSI: a query on a global index, sparse (items without the key are absent).
  @Test
  void globalIndexQuery_readsTheIndexInItsSortOrder() {
    String table = seed("gsi");

    PageResponse page =
        engine()
            .query(
                QueryRequest.builder(table, partition("group", s("g1")))
                    .indexName("byGroup")
                    .build());

    assertThat(page.items().stream().map(item -> item.get("rank")).toList())
        .containsExactly(n(5), n(7), n(9))
        .inOrder();
    assertThat(page.items().get(0)).containsEntry("v", n(50));
  }

  // Developer Guide LSI: a KEYS_ONLY local index holds the table and index keys only.
  @Test
  void localIndexQuery_returnsTheProjectedKeys() {
    String table = seed("lsi");

    PageResponse page =
        engine()
            .query(
                QueryRequest.builder(
                        table,
                        partitionAnd(
                            "pk", s("a"), new KeyCondition.BeginsWith("name", literal(s("n")))))
                    .indexName("byName")
                    .scanIndexForward(false)
                    .limit(2)
                    .build());

    assertThat(page.items())
        .containsExactly(
            item("pk", s("a"), "sk", n(5), "name", s("n5")),
            item("pk", s("a"), "sk", n(4), "name", s("n4")))
        .inOrder();
    assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n(4), "name", s("n4")));
  }

  // API Query: "Query condition missed key schema element: pk".
  @Test
  void queryWithoutThePartitionKey_isValidationError() {
    String table = seed("no_partition");

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine().query(QueryRequest.builder(table, partition("v", n(1))).build()));

    if (!has(Deviation.LOOSE_VALIDATION)) {
      assertThat(error).hasMessageThat().contains("Query condition missed key schema element");
    }
  }

  // API Query ConsistentRead: not supported on a global secondary index.
  @Test
  void consistentReadOnAGlobalIndex_isValidationError() {
    String table = seed("gsi_consistent");

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine()
                    .query(
                        QueryRequest.builder(table, partition("group", s("g1")))
                            .indexName("byGroup")
                            .consistentRead(true)
                            .build()));

    if (!has(Deviation.LOOSE_VALIDATION)) {
      assertThat(error)
          .hasMessageThat()
          .isEqualTo("Consistent reads are not supported on global secondary indexes");
    }
  }

  // Developer Guide GSI sparse indexes: a scan of the index holds only the items with its keys.
  @Test
  void scanOfAGlobalIndex_holdsOnlyItemsWithTheIndexKeys() {
    String table = seed("gsi_scan");

    PageResponse page = engine().scan(ScanRequest.builder(table).indexName("byGroup").build());

    assertThat(page.count()).isEqualTo(5);
    assertThat(page.items().stream().map(item -> item.get("pk")).distinct().toList())
        .containsExactly(s("a"));
  }

  // API Scan: every item once, in any order (compared as multisets).
  @Test
  void scan_returnsEveryItem() {
    String table = seed("scan");

    PageResponse page = engine().scan(ScanRequest.builder(table).build());

    assertThat(page.count()).isEqualTo(6);
    assertThat(page.items().stream().map(item -> item.get("v")).toList())
        .containsExactly(n(10), n(20), n(30), n(40), n(50), n(100));
  }

  // API Scan Segment/TotalSegments and Limit: the segments' pages together hold every item once.
  @Test
  void parallelScanSegments_partitionTheItems() {
    String table = seed("segments");

    List<AttributeValue> seen = new ArrayList<>();
    for (int segment = 0; segment < 3; segment++) {
      int current = segment;
      seen.addAll(
          allPages(
              start ->
                  engine()
                      .scan(
                          ScanRequest.builder(table)
                              .segment(current)
                              .totalSegments(3)
                              .limit(1)
                              .exclusiveStartKey(start)
                              .build())));
    }

    assertThat(seen).containsExactly(n(10), n(20), n(30), n(40), n(50), n(100));
  }

  // API Scan FilterExpression with Limit: Limit counts items evaluated, not items returned.
  @Test
  void scanLimit_countsEvaluatedItems() {
    String table = seed("scan_limit");

    List<AttributeValue> matched =
        allPages(
            start ->
                engine()
                    .scan(
                        ScanRequest.builder(table)
                            .filter(compare("v", ComparisonOperator.GT, n(25)))
                            .limit(2)
                            .exclusiveStartKey(start)
                            .build()));

    assertThat(matched).containsExactly(n(30), n(40), n(50), n(100));
  }

  private static List<AttributeValue> allPages(
      Function<Map<String, AttributeValue>, PageResponse> read) {
    List<AttributeValue> values = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = read.apply(start);
      assertThat(page.scannedCount()).isAtMost(2);
      page.items().forEach(item -> values.add(item.get("v")));
      start = page.lastEvaluatedKey();
    } while (start != null);
    return values;
  }
}
