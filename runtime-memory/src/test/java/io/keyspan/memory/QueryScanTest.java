package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.filter;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.projection;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.scanAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.KeyCondition;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Query and Scan: Developer Guide Query.KeyConditionExpressions, Query, SecondaryIndexes; API Query
 * and Scan.
 */
class QueryScanTest {
  private final MemoryEngine engine = engine();

  /** Table Orders: p (S) + s (N); GSI ByStatus (status S, s N) KEYS_ONLY; LSI ByCity (city). */
  private void createOrders() {
    engine.createTable(
        Fixtures.table(
            "Orders",
            List.of(s("p"), n("s"), s("st"), s("city")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByStatus",
                    List.of(KeySchemaElement.hash("st"), KeySchemaElement.range("s")),
                    IndexProjection.include(List.of("total")),
                    null)),
            List.of(
                new LocalSecondaryIndex(
                    "ByCity",
                    List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("city")),
                    IndexProjection.KEYS_ONLY))));
  }

  private List<Object> sortKeys(PageResponse page) {
    List<Object> keys = new ArrayList<>();
    page.items().forEach(item -> keys.add(((AttributeValue.N) item.get("s")).value().intValue()));
    return keys;
  }

  private PageResponse query(QueryRequest.Builder builder) {
    return engine.query(builder.build());
  }

  @Test
  void query_returnsThePartitionInNumericSortOrder_andReversed() {
    createOrders();
    for (int s : new int[] {10, 2, 33, 1}) {
      put(engine, "Orders", item("p", "a", "s", s));
    }
    put(engine, "Orders", item("p", "b", "s", 5));
    assertThat(sortKeys(query(QueryRequest.builder("Orders", key("p = :v0", "a")))))
        .containsExactly(1, 2, 10, 33)
        .inOrder();
    assertThat(
            sortKeys(
                query(QueryRequest.builder("Orders", key("p = :v0", "a")).scanIndexForward(false))))
        .containsExactly(33, 10, 2, 1)
        .inOrder();
  }

  @Test
  void stringSortKeys_orderByUtf8Bytes() {
    // HowItWorks.NamingRulesDataTypes: "a" (0x61) > "A" (0x41); "¿" (0xC2BF) > "z".
    engine.createTable(
        Fixtures.table(
            "Words",
            List.of(s("p"), s("w")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("w"))));
    for (String w : new String[] {"z", "a", "¿", "A", "\uD83D\uDE00", "\uFFFD"}) {
      put(engine, "Words", item("p", "x", "w", w));
    }
    List<String> order = new ArrayList<>();
    engine
        .query(QueryRequest.builder("Words", key("p = :v0", "x")).build())
        .items()
        .forEach(i -> order.add(((AttributeValue.S) i.get("w")).value()));
    assertThat(order).containsExactly("A", "a", "z", "¿", "\uFFFD", "\uD83D\uDE00").inOrder();
  }

  @Test
  void sortKeyConditions_selectTheRightRange() {
    createOrders();
    for (int s = 1; s <= 9; s++) {
      put(engine, "Orders", item("p", "a", "s", s));
    }
    assertThat(sortKeys(query(QueryRequest.builder("Orders", key("p = :v0 AND s < :v1", "a", 3)))))
        .containsExactly(1, 2);
    assertThat(sortKeys(query(QueryRequest.builder("Orders", key("p = :v0 AND s <= :v1", "a", 3)))))
        .containsExactly(1, 2, 3);
    assertThat(sortKeys(query(QueryRequest.builder("Orders", key("p = :v0 AND s > :v1", "a", 7)))))
        .containsExactly(8, 9);
    assertThat(sortKeys(query(QueryRequest.builder("Orders", key("p = :v0 AND s >= :v1", "a", 7)))))
        .containsExactly(7, 8, 9);
    assertThat(sortKeys(query(QueryRequest.builder("Orders", key("p = :v0 AND s = :v1", "a", 4)))))
        .containsExactly(4);
    assertThat(
            sortKeys(
                query(
                    QueryRequest.builder(
                        "Orders", key("p = :v0 AND s BETWEEN :v1 AND :v2", "a", 3, 5)))))
        .containsExactly(3, 4, 5);
  }

  @Test
  void beginsWith_selectsThePrefix_bothDirections() {
    engine.createTable(
        Fixtures.table(
            "Words",
            List.of(s("p"), s("w")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("w"))));
    for (String w : new String[] {"ab", "abc", "abd", "ac", "a", "b"}) {
      put(engine, "Words", item("p", "x", "w", w));
    }
    List<String> forward = new ArrayList<>();
    engine
        .query(
            QueryRequest.builder("Words", key("p = :v0 AND begins_with(w, :v1)", "x", "ab"))
                .build())
        .items()
        .forEach(i -> forward.add(((AttributeValue.S) i.get("w")).value()));
    assertThat(forward).containsExactly("ab", "abc", "abd").inOrder();
    List<String> backward = new ArrayList<>();
    engine
        .query(
            QueryRequest.builder("Words", key("p = :v0 AND begins_with(w, :v1)", "x", "ab"))
                .scanIndexForward(false)
                .build())
        .items()
        .forEach(i -> backward.add(((AttributeValue.S) i.get("w")).value()));
    assertThat(backward).containsExactly("abd", "abc", "ab").inOrder();
  }

  @Test
  void limitCountsEvaluatedItems_beforeTheFilter_andResumesExactly() {
    // Developer Guide Query.Limit: Limit caps items read; the filter applies afterwards.
    createOrders();
    for (int s = 1; s <= 10; s++) {
      put(engine, "Orders", item("p", "a", "s", s, "odd", s % 2));
    }
    QueryRequest first =
        QueryRequest.builder("Orders", key("p = :v0", "a"))
            .filter(filter("odd = :v0", 1))
            .limit(4)
            .build();
    PageResponse page = engine.query(first);
    assertThat(page.scannedCount()).isEqualTo(4);
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.lastEvaluatedKey()).isEqualTo(item("p", "a", "s", 4));
    List<Object> all = new ArrayList<>(sortKeys(page));
    while (page.lastEvaluatedKey() != null) {
      page = engine.query(first.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build());
      all.addAll(sortKeys(page));
    }
    assertThat(all).containsExactly(1, 3, 5, 7, 9).inOrder();
  }

  @Test
  void limitReachedAtTheLastItem_stillReturnsALastEvaluatedKey() {
    // API Query: only the absence of LastEvaluatedKey ends the read.
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1));
    PageResponse page =
        engine.query(QueryRequest.builder("Orders", key("p = :v0", "a")).limit(1).build());
    assertThat(page.lastEvaluatedKey()).isNotNull();
    PageResponse next =
        engine.query(
            QueryRequest.builder("Orders", key("p = :v0", "a"))
                .limit(1)
                .exclusiveStartKey(page.lastEvaluatedKey())
                .build());
    assertThat(next.items()).isEmpty();
    assertThat(next.lastEvaluatedKey()).isNull();
  }

  @Test
  void pageStopsAfterOneMegabyteOfEvaluatedData() {
    // ServiceQuotas: a Query or Scan reads at most 1 MB per call.
    createOrders();
    String payload = "x".repeat(100_000);
    for (int s = 1; s <= 15; s++) {
      put(engine, "Orders", item("p", "a", "s", s, "data", payload));
    }
    PageResponse page = engine.query(QueryRequest.builder("Orders", key("p = :v0", "a")).build());
    assertThat(page.scannedCount()).isEqualTo(11);
    assertThat(page.lastEvaluatedKey()).isEqualTo(item("p", "a", "s", 11));
  }

  @Test
  void pageEndsAtTheItemThatReachesExactlyOneMegabyte_notBefore() {
    // ServiceQuotas / API Query: a page holds at most 1 MB of evaluated data
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html).
    // Four items of exactly 256 KB reach 1 MB at the fourth, so the page ends there; one byte
    // less and the fifth item still belongs to the page.
    createOrders();
    long quarter = ReadOperations.PAGE_BYTES / 4;
    for (int s = 1; s <= 6; s++) {
      put(engine, "Orders", Fixtures.padded(item("p", "a", "s", s), quarter));
    }
    PageResponse exact = engine.query(QueryRequest.builder("Orders", key("p = :v0", "a")).build());
    assertThat(sortKeys(exact)).containsExactly(1, 2, 3, 4).inOrder();
    assertThat(exact.lastEvaluatedKey()).isEqualTo(item("p", "a", "s", 4));

    put(engine, "Orders", Fixtures.padded(item("p", "a", "s", 1), quarter - 1));
    PageResponse under = engine.query(QueryRequest.builder("Orders", key("p = :v0", "a")).build());
    assertThat(sortKeys(under)).containsExactly(1, 2, 3, 4, 5).inOrder();
    assertThat(under.lastEvaluatedKey()).isEqualTo(item("p", "a", "s", 5));
  }

  @Test
  void queryFilterNamingAKeyAttribute_isRejected_inEveryPosition() {
    // API Query FilterExpression: "A filter expression cannot contain partition key or sort key
    // attributes" (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html),
    // wherever in the filter the key attribute appears.
    createOrders();
    List<io.keyspan.expression.Condition> filters =
        List.of(
            filter("s > :v0", 1),
            filter("x = s"),
            filter("s = x"),
            filter("size(s) > :v0", 1),
            filter("s BETWEEN :v0 AND :v1", 1, 2),
            filter("x BETWEEN s AND :v0", 2),
            filter("x BETWEEN :v0 AND s", 1),
            filter("s IN (:v0)", 1),
            filter("x IN (:v0, s)", 1),
            filter("attribute_exists(x) AND s = :v0", 1),
            filter("s = :v0 AND attribute_exists(x)", 1),
            filter("attribute_exists(x) OR s = :v0", 1),
            filter("s = :v0 OR attribute_exists(x)", 1),
            filter("NOT s = :v0", 1),
            filter("attribute_exists(s)"),
            filter("attribute_not_exists(s)"),
            filter("attribute_type(s, :v0)", "N"),
            filter("begins_with(s, :v0)", "1"),
            filter("begins_with(x, s)"),
            filter("contains(s, :v0)", 1),
            filter("contains(x, s)"));
    for (io.keyspan.expression.Condition keyFilter : filters) {
      ValidationException error =
          assertThrows(
              ValidationException.class,
              () ->
                  engine.query(
                      QueryRequest.builder("Orders", key("p = :v0", "a"))
                          .filter(keyFilter)
                          .build()));
      assertThat(error)
          .hasMessageThat()
          .isEqualTo(
              "Filter Expression can only contain non-primary key attributes: Primary key"
                  + " attribute: s");
    }
  }

  @Test
  void beginsWithOnABinarySortKey_selectsThePrefix_evenEndingInFF() {
    // API Query KeyConditionExpression begins_with on B sort keys; binaries compare as unsigned
    // bytes
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
    engine.createTable(
        Fixtures.table(
            "Blobs",
            List.of(s("p"), Fixtures.b("b")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("b"))));
    int[][] keys = {
      {0x01}, {0x01, 0x00}, {0x01, 0xFF}, {0x01, 0xFF, 0x00}, {0x02}, {0xFF}, {0xFF, 0x01}
    };
    for (int[] sortKey : keys) {
      put(engine, "Blobs", item("p", "a", "b", binary(sortKey)));
    }
    assertThat(blobsStartingWith(0x01, 0xFF))
        .containsExactly(List.of(0x01, 0xFF), List.of(0x01, 0xFF, 0x00))
        .inOrder();
    assertThat(blobsStartingWith(0xFF))
        .containsExactly(List.of(0xFF), List.of(0xFF, 0x01))
        .inOrder();
    assertThat(blobsStartingWith(0x01)).hasSize(4);
  }

  private static AttributeValue binary(int... bytes) {
    byte[] content = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      content[i] = (byte) bytes[i];
    }
    return AttributeValue.b(content);
  }

  private List<List<Integer>> blobsStartingWith(int... prefix) {
    List<List<Integer>> found = new ArrayList<>();
    for (Map<String, AttributeValue> blob :
        engine
            .query(
                QueryRequest.builder(
                        "Blobs", key("p = :v0 AND begins_with(b, :v1)", "a", binary(prefix)))
                    .build())
            .items()) {
      List<Integer> bytes = new ArrayList<>();
      for (byte b : ((AttributeValue.B) blob.get("b")).value().toArray()) {
        bytes.add(b & 0xFF);
      }
      found.add(bytes);
    }
    return found;
  }

  @Test
  void keyConditionErrors_useDynamoDbMessages() {
    createOrders();
    assertQueryError(key("s = :v0", 1), "Query condition missed key schema element: p");
    assertQueryError(
        key("p = :v0", 1),
        "One or more parameter values were invalid: Condition parameter type does not match"
            + " schema type");
    // A tree the parser would reject; the engine checks bound trees too.
    assertQueryError(
        new io.keyspan.expression.KeyCondition(
            List.of(
                new io.keyspan.expression.KeyCondition.Compare(
                    "p",
                    io.keyspan.expression.ComparisonOperator.EQ,
                    new io.keyspan.expression.Literal(AttributeValue.s("a"))),
                new io.keyspan.expression.KeyCondition.Between(
                    "s",
                    new io.keyspan.expression.Literal(AttributeValue.n(9)),
                    new io.keyspan.expression.Literal(AttributeValue.n(1))))),
        "Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater"
            + " than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper"
            + " bound operand: AttributeValue: {N:1}");
    assertQueryError(
        key("p = :v0 AND begins_with(s, :v1)", "a", "1"),
        "Invalid KeyConditionExpression: Incorrect operand type for operator or function;"
            + " operator or function: begins_with, operand type: N");
  }

  private void assertQueryError(io.keyspan.expression.KeyCondition condition, String message) {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.query(QueryRequest.builder("Orders", condition).build()));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  @Test
  void selectRules_useDynamoDbMessages() {
    createOrders();
    assertSelectError(
        QueryRequest.builder("Orders", key("p = :v0", "a")).select(Select.ALL_PROJECTED_ATTRIBUTES),
        "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    assertSelectError(
        QueryRequest.builder("Orders", key("p = :v0", "a")).select(Select.SPECIFIC_ATTRIBUTES),
        "Must specify the AttributesToGet or ProjectionExpression when choosing to get"
            + " SPECIFIC_ATTRIBUTES");
    assertSelectError(
        QueryRequest.builder("Orders", key("p = :v0", "a"))
            .select(Select.COUNT)
            .projection(projection("x")),
        "Cannot specify the ProjectionExpression when choosing to get only the Count");
    assertSelectError(
        QueryRequest.builder("Orders", key("st = :v0", "new"))
            .indexName("ByStatus")
            .select(Select.ALL_ATTRIBUTES),
        "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported"
            + " for global secondary index ByStatus because its projection type is not ALL");
    assertSelectError(
        QueryRequest.builder("Orders", key("st = :v0", "new"))
            .indexName("ByStatus")
            .consistentRead(true),
        "Consistent reads are not supported on global secondary indexes");
    assertSelectError(
        QueryRequest.builder("Orders", key("p = :v0", "a")).indexName("Nope"),
        "The table does not have the specified index: Nope");
  }

  private void assertSelectError(QueryRequest.Builder request, String message) {
    ValidationException error =
        assertThrows(ValidationException.class, () -> engine.query(request.build()));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  @Test
  void count_returnsCountsWithoutItems() {
    createOrders();
    for (int s = 1; s <= 3; s++) {
      put(engine, "Orders", item("p", "a", "s", s));
    }
    PageResponse page =
        engine.query(
            QueryRequest.builder("Orders", key("p = :v0", "a")).select(Select.COUNT).build());
    assertThat(page.items()).isEmpty();
    assertThat(page.count()).isEqualTo(3);
    assertThat(page.scannedCount()).isEqualTo(3);
  }

  @Test
  void gsi_isSparse_projected_andKeyedByIndexPlusTableKeys() {
    // bp-indexes-general-sparse-indexes; API Projection INCLUDE.
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1, "st", "new", "total", 5, "secret", "x"));
    put(engine, "Orders", item("p", "b", "s", 2, "st", "new", "total", 7));
    put(engine, "Orders", item("p", "c", "s", 3));
    PageResponse page =
        engine.query(
            QueryRequest.builder("Orders", key("st = :v0", "new"))
                .indexName("ByStatus")
                .limit(1)
                .build());
    assertThat(page.items()).containsExactly(item("p", "a", "s", 1, "st", "new", "total", 5));
    assertThat(page.lastEvaluatedKey()).isEqualTo(item("p", "a", "s", 1, "st", "new"));
    PageResponse rest =
        engine.query(
            QueryRequest.builder("Orders", key("st = :v0", "new"))
                .indexName("ByStatus")
                .exclusiveStartKey(page.lastEvaluatedKey())
                .build());
    assertThat(rest.items()).containsExactly(item("p", "b", "s", 2, "st", "new", "total", 7));
    assertThat(engine.scan(ScanRequest.builder("Orders").indexName("ByStatus").build()).count())
        .isEqualTo(2);
  }

  @Test
  void lsi_fetchesNonProjectedAttributesFromTheTable() {
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1, "city", "Oslo", "note", "n1"));
    put(engine, "Orders", item("p", "a", "s", 2, "city", "Bergen", "note", "n2"));
    PageResponse keysOnly =
        engine.query(
            QueryRequest.builder("Orders", key("p = :v0", "a")).indexName("ByCity").build());
    assertThat(keysOnly.items())
        .containsExactly(
            item("p", "a", "s", 2, "city", "Bergen"), item("p", "a", "s", 1, "city", "Oslo"))
        .inOrder();
    PageResponse fetched =
        engine.query(
            QueryRequest.builder("Orders", key("p = :v0 AND city = :v1", "a", "Oslo"))
                .indexName("ByCity")
                .select(Select.ALL_ATTRIBUTES)
                .consistentRead(true)
                .build());
    assertThat(fetched.items())
        .containsExactly(item("p", "a", "s", 1, "city", "Oslo", "note", "n1"));
  }

  @Test
  void indexesFollowUpdatesAndDeletes() {
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1, "st", "new"));
    engine.updateItem(
        io.keyspan.engine.UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
            .update(Fixtures.update("SET #st = :v0".replace("#st", "st"), "done"))
            .build());
    assertThat(queryStatus("new")).isEqualTo(0);
    assertThat(queryStatus("done")).isEqualTo(1);
    engine.deleteItem(
        io.keyspan.engine.DeleteItemRequest.builder("Orders", item("p", "a", "s", 1)).build());
    assertThat(queryStatus("done")).isEqualTo(0);
  }

  private int queryStatus(String status) {
    return engine
        .query(
            QueryRequest.builder("Orders", key("st = :v0", status)).indexName("ByStatus").build())
        .count();
  }

  @Test
  void wrongIndexKeyType_isRejectedOnPut() {
    createOrders();
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> put(engine, "Orders", item("p", "a", "s", 1, "st", 5)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "One or more parameter values were invalid: Type mismatch for Index Key st"
                + " Expected: S Actual: N IndexName: ByStatus");
  }

  @Test
  void emptyIndexKeyString_isRejectedOnPut() {
    // API PutItem: no empty string as a key value of any index (Developer Guide SecondaryIndexes).
    createOrders();
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> put(engine, "Orders", item("p", "a", "s", 1, "st", "")));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "One or more parameter values are not valid. A value specified for a secondary index"
                + " key is not supported. The AttributeValue for a key attribute cannot contain an"
                + " empty string value. IndexName: ByStatus, IndexKey: st");
  }

  @Test
  void updateSettingAnIndexKeyToAnotherType_isRejected() {
    // API TransactionCanceledException ValidationError texts.
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateItem(
                    io.keyspan.engine.UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                        .update(Fixtures.update("SET st = :v0", 5))
                        .build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "The update expression attempted to update the secondary index key to unsupported"
                + " type");
  }

  @Test
  void exclusiveStartKeyErrors() {
    createOrders();
    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () ->
                engine.query(
                    QueryRequest.builder("Orders", key("p = :v0", "a"))
                        .exclusiveStartKey(item("p", "a"))
                        .build()));
    assertThat(invalid)
        .hasMessageThat()
        .isEqualTo(
            "The provided starting key is invalid: The provided key element does not match the"
                + " schema");
    ValidationException outside =
        assertThrows(
            ValidationException.class,
            () ->
                engine.query(
                    QueryRequest.builder("Orders", key("p = :v0", "a"))
                        .exclusiveStartKey(item("p", "b", "s", 1))
                        .build()));
    assertThat(outside)
        .hasMessageThat()
        .isEqualTo(
            "The provided starting key is outside query boundaries based on provided conditions");
  }

  private String startKeyRejection(
      KeyCondition condition, Map<String, AttributeValue> start, boolean forward) {
    return assertThrows(
            ValidationException.class,
            () ->
                engine.query(
                    QueryRequest.builder("Orders", condition)
                        .exclusiveStartKey(start)
                        .scanIndexForward(forward)
                        .build()))
        .getMessage();
  }

  // dynalite test/query.js records DynamoDB's texts; these threw IllegalArgumentException
  // ("fromKey out of range") from the sorted map before.
  @Test
  void exclusiveStartKeyOutsideTheSortKeyCondition_isRejected() {
    createOrders();
    for (int s = 1; s <= 5; s++) {
      put(engine, "Orders", item("p", "a", "s", s));
    }
    String predicate = "The provided starting key does not match the range key predicate";
    for (boolean forward : List.of(true, false)) {
      assertThat(
              startKeyRejection(
                  key("p = :v0 and s >= :v1", "a", 3), item("p", "a", "s", 2), forward))
          .isEqualTo(predicate);
      assertThat(
              startKeyRejection(
                  key("p = :v0 and s < :v1", "a", 3), item("p", "a", "s", 4), forward))
          .isEqualTo(predicate);
      assertThat(
              startKeyRejection(
                  key("p = :v0 and s between :v1 and :v2", "a", 2, 3),
                  item("p", "a", "s", 9),
                  forward))
          .isEqualTo(predicate);
      // The range is checked before the partition.
      assertThat(
              startKeyRejection(
                  key("p = :v0 and s = :v1", "a", 3), item("p", "b", "s", 2), forward))
          .isEqualTo(predicate);
      assertThat(
              startKeyRejection(
                  key("p = :v0 and s > :v1", "a", 3), item("p", "b", "s", 4), forward))
          .isEqualTo("The query can return at most one row and cannot be restarted");
    }
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () ->
                        engine.query(
                            QueryRequest.builder("Orders", key("st = :v0 and s > :v1", "x", 3))
                                .indexName("ByStatus")
                                .exclusiveStartKey(item("p", "a", "s", 1, "st", "x"))
                                .build()))
                .getMessage())
        .isEqualTo(predicate);
  }

  @Test
  void exclusiveStartKeyInsideTheSortKeyCondition_resumesAfterIt() {
    createOrders();
    for (int s = 1; s <= 5; s++) {
      put(engine, "Orders", item("p", "a", "s", s));
    }
    assertThat(
            sortKeys(
                query(
                    QueryRequest.builder("Orders", key("p = :v0 and s >= :v1", "a", 2))
                        .exclusiveStartKey(item("p", "a", "s", 2)))))
        .containsExactly(3, 4, 5)
        .inOrder();
    assertThat(
            sortKeys(
                query(
                    QueryRequest.builder(
                            "Orders", key("p = :v0 and s between :v1 and :v2", "a", 2, 4))
                        .exclusiveStartKey(item("p", "a", "s", 4))
                        .scanIndexForward(false))))
        .containsExactly(3, 2)
        .inOrder();
  }

  @Test
  void descendingQuery_resumesExactly() {
    createOrders();
    for (int s = 1; s <= 7; s++) {
      put(engine, "Orders", item("p", "a", "s", s));
    }
    List<Object> all = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page =
          engine.query(
              QueryRequest.builder("Orders", key("p = :v0 AND s >= :v1", "a", 2))
                  .scanIndexForward(false)
                  .limit(2)
                  .exclusiveStartKey(start)
                  .build());
      all.addAll(sortKeys(page));
      start = page.lastEvaluatedKey();
    } while (start != null);
    assertThat(all).containsExactly(7, 6, 5, 4, 3, 2).inOrder();
  }

  @Test
  void gsiScan_withConsistentRead_isRejected() {
    createOrders();
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.scan(
                    ScanRequest.builder("Orders")
                        .indexName("ByStatus")
                        .consistentRead(true)
                        .build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Consistent reads are not supported on global secondary indexes");
  }

  @Test
  void itemPlusItsLsiEntries_mustFitIn400KB() {
    // LSI.html item collections: the 400 KB limit covers the item and its LSI entries.
    engine.createTable(
        Fixtures.table(
            "Notes",
            List.of(s("p"), n("s"), s("city")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            null,
            List.of(
                new LocalSecondaryIndex(
                    "ByCityAll",
                    List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("city")),
                    IndexProjection.ALL))));
    String body = "x".repeat(210_000);
    put(engine, "Notes", item("p", "a", "s", 1, "body", body));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> put(engine, "Notes", item("p", "a", "s", 2, "city", "Oslo", "body", body)));
    assertThat(error).hasMessageThat().isEqualTo("Item size has exceeded the maximum allowed size");
  }

  // ------------------------------------------------------------------ scans

  @Test
  void parallelScan_segmentsAreDisjoint_andTheirUnionIsTheTable() {
    // API Scan Segment/TotalSegments; Developer Guide Query engine guidance.
    createOrders();
    for (int i = 0; i < 300; i++) {
      put(engine, "Orders", item("p", "k" + i, "s", i % 7));
    }
    Set<Map<String, AttributeValue>> union = new HashSet<>();
    int total = 0;
    for (int segment = 0; segment < 4; segment++) {
      Map<String, AttributeValue> start = null;
      do {
        PageResponse page =
            engine.scan(
                ScanRequest.builder("Orders")
                    .segment(segment)
                    .totalSegments(4)
                    .limit(13)
                    .exclusiveStartKey(start)
                    .build());
        union.addAll(page.items());
        total += page.count();
        start = page.lastEvaluatedKey();
      } while (start != null);
    }
    assertThat(total).isEqualTo(300);
    assertThat(union).hasSize(300);
  }

  @Test
  void parallelScan_segmentIsTheHashRangeOfThePartitionKey_soEverySegmentHasItsShare() {
    // API Scan: TotalSegments divides the table into disjoint segments, each read by one worker
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan).
    // Segment i holds the partitions whose 32-bit hash lies in the i-th of four equal ranges, so
    // with 300 partitions none of the four is empty and all items of a partition share one.
    createOrders();
    for (int i = 0; i < 300; i++) {
      put(engine, "Orders", item("p", "k" + (i % 100), "s", i));
    }
    int[] perSegment = new int[4];
    for (int segment = 0; segment < 4; segment++) {
      PageResponse page =
          engine.scan(ScanRequest.builder("Orders").segment(segment).totalSegments(4).build());
      for (Map<String, AttributeValue> found : page.items()) {
        long hash = HashedPartitionKey.of(found.get("p")).unsignedHash();
        assertThat(hash * 4 / ReadOperations.HASH_SPACE).isEqualTo(segment);
      }
      perSegment[segment] = page.count();
    }
    assertThat(perSegment[0] + perSegment[1] + perSegment[2] + perSegment[3]).isEqualTo(300);
    for (int count : perSegment) {
      assertThat(count).isGreaterThan(0);
    }
  }

  @Test
  void parallelScan_anItemsSegment_dependsOnlyOnItsPartitionKeyAndTotalSegments() {
    // Developer Guide Scan.ParallelScan
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan):
    // each of TotalSegments workers reads its own segment of the table. Segments follow a hash of
    // the partition key, so an item's segment does not depend on when it was written or on what
    // else the table holds.
    MemoryEngine ascending = withOrders(engine());
    MemoryEngine descending = withOrders(engine());
    for (int i = 0; i < 200; i++) {
      put(ascending, "Orders", item("p", "k" + i, "s", 1));
      put(descending, "Orders", item("p", "k" + (199 - i), "s", 1));
      put(descending, "Orders", item("p", "other" + i, "s", 2));
    }
    for (int totalSegments : new int[] {1, 3, 7, 64}) {
      Map<AttributeValue, Integer> first = segmentsOf(ascending, totalSegments);
      Map<AttributeValue, Integer> second = segmentsOf(descending, totalSegments);
      assertThat(first).hasSize(200);
      first.forEach((key, segment) -> assertThat(second.get(key)).isEqualTo(segment));
    }
  }

  private static MemoryEngine withOrders(MemoryEngine engine) {
    engine.createTable(
        Fixtures.table(
            "Orders",
            List.of(s("p"), n("s")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s"))));
    return engine;
  }

  /** Each partition key's segment, reading every segment page by page. */
  private static Map<AttributeValue, Integer> segmentsOf(MemoryEngine engine, int totalSegments) {
    Map<AttributeValue, Integer> segments = new java.util.HashMap<>();
    for (int segment = 0; segment < totalSegments; segment++) {
      Map<String, AttributeValue> start = null;
      do {
        PageResponse page =
            engine.scan(
                ScanRequest.builder("Orders")
                    .segment(segment)
                    .totalSegments(totalSegments)
                    .limit(50)
                    .exclusiveStartKey(start)
                    .build());
        for (Map<String, AttributeValue> found : page.items()) {
          assertThat(segments.put(found.get("p"), segment)).isAnyOf(null, segment);
        }
        start = page.lastEvaluatedKey();
      } while (start != null);
    }
    return segments;
  }

  @Test
  void parallelScan_equalNumbersWrittenDifferently_shareTheirSegment() {
    assertThat(HashedPartitionKey.of(AttributeValue.n("1.0")).hash())
        .isEqualTo(HashedPartitionKey.of(AttributeValue.n("1")).hash());
    assertThat(HashedPartitionKey.of(AttributeValue.n("100")).hash())
        .isEqualTo(HashedPartitionKey.of(AttributeValue.n("1E+2")).hash());
  }

  @Test
  void parallelScan_startKeyFromAnotherSegment_isRejected() {
    createOrders();
    for (int i = 0; i < 20; i++) {
      put(engine, "Orders", item("p", "k" + i, "s", 0));
    }
    PageResponse first =
        engine.scan(ScanRequest.builder("Orders").segment(0).totalSegments(2).limit(1).build());
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.scan(
                    ScanRequest.builder("Orders")
                        .segment(1)
                        .totalSegments(2)
                        .exclusiveStartKey(first.lastEvaluatedKey())
                        .build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "The provided starting key is invalid: Exclusive start key does not belong to the"
                + " provided segment");
  }

  @Test
  void scanPagesResumeExactly_withoutDuplicatesOrGaps() {
    createOrders();
    for (int i = 0; i < 50; i++) {
      put(engine, "Orders", item("p", "k" + (i % 10), "s", i));
    }
    List<Map<String, AttributeValue>> pages = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page =
          engine.scan(ScanRequest.builder("Orders").limit(7).exclusiveStartKey(start).build());
      pages.addAll(page.items());
      start = page.lastEvaluatedKey();
    } while (start != null);
    assertThat(pages).containsExactlyElementsIn(scanAll(engine, "Orders")).inOrder();
    assertThat(new HashSet<>(pages)).hasSize(50);
  }

  @Test
  void segmentErrors_useDynamoDbMessages() {
    createOrders();
    assertScanError(
        ScanRequest.builder("Orders").segment(1),
        "The TotalSegments parameter is required but was not present in the request when Segment"
            + " parameter is present");
    assertScanError(
        ScanRequest.builder("Orders").totalSegments(2),
        "The Segment parameter is required but was not present in the request when parameter"
            + " TotalSegments is present");
    assertScanError(
        ScanRequest.builder("Orders").segment(3).totalSegments(3),
        "The Segment parameter is zero-based and must be less than parameter TotalSegments:"
            + " Segment: 3 is not less than TotalSegments: 3");
    assertScanError(
        ScanRequest.builder("Orders").limit(0),
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
            + " must have value greater than or equal to 1");
  }

  @Test
  void segmentLimits_areInclusive() {
    // API Scan: TotalSegments 1 to 1,000,000; Segment 0 to TotalSegments - 1.
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1));
    PageResponse whole =
        engine.scan(ScanRequest.builder("Orders").segment(0).totalSegments(1).build());
    assertThat(whole.count()).isEqualTo(1);
    engine.scan(ScanRequest.builder("Orders").segment(999_999).totalSegments(1_000_000).build());
    assertScanError(
        ScanRequest.builder("Orders").segment(0).totalSegments(1_000_001),
        "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy"
            + " constraint: Member must have value less than or equal to 1000000");
  }

  @Test
  void queryLimitBelowOne_isRejected() {
    createOrders();
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.query(QueryRequest.builder("Orders", key("p = :v0", "a")).limit(0).build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
                + " must have value greater than or equal to 1");
  }

  private void assertScanError(ScanRequest.Builder request, String message) {
    ValidationException error =
        assertThrows(ValidationException.class, () -> engine.scan(request.build()));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  @Test
  void scanFilter_mayNameKeyAttributes() {
    createOrders();
    put(engine, "Orders", item("p", "a", "s", 1));
    put(engine, "Orders", item("p", "a", "s", 2));
    PageResponse page =
        engine.scan(ScanRequest.builder("Orders").filter(filter("s > :v0", 1)).build());
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.scannedCount()).isEqualTo(2);
  }
}
