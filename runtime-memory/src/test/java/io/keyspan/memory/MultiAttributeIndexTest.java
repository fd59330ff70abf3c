package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.Capacity;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Global secondary indexes whose partition and sort keys are each made of several attributes
 * (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 */
class MultiAttributeIndexTest {
  private final MemoryEngine engine = engine();

  private static final List<KeySchemaElement> BY_BRACKET_KEY =
      List.of(
          KeySchemaElement.hash("tournamentId"),
          KeySchemaElement.hash("regionId"),
          KeySchemaElement.range("roundName"),
          KeySchemaElement.range("bracketName"),
          KeySchemaElement.range("seqNo"));

  /**
   * Table Matches: matchId (S); GSI ByBracket: tournamentId + regionId (S, S) partition, roundName
   * + bracketName + seqNo (S, S, N) sort, all attributes projected.
   */
  private void createMatches() {
    engine.createTable(
        Fixtures.table(
            "Matches",
            List.of(
                s("matchId"),
                s("tournamentId"),
                s("regionId"),
                s("roundName"),
                s("bracketName"),
                n("seqNo")),
            List.of(KeySchemaElement.hash("matchId")),
            List.of(
                new GlobalSecondaryIndex("ByBracket", BY_BRACKET_KEY, IndexProjection.ALL, null)),
            List.of()));
  }

  private static Map<String, AttributeValue> match(
      String id, String region, String round, String bracket, int seq) {
    return item(
        "matchId",
        id,
        "tournamentId",
        "W24",
        "regionId",
        region,
        "roundName",
        round,
        "bracketName",
        bracket,
        "seqNo",
        seq);
  }

  private void putMatch(String id, String round, String bracket, int seq) {
    put(engine, "Matches", match(id, "EU", round, bracket, seq));
  }

  /** Seven matches of W24/EU and one of W24/US, written out of order. */
  private void putMatches() {
    putMatch("m7", "SEMI", "UPPER", 2);
    putMatch("m1", "FINAL", "UPPER", 1);
    putMatch("m3", "QUARTER", "LOWER", 1);
    putMatch("m2", "QUARTER", "LOWER", 10);
    putMatch("m4", "QUARTER", "UPPER", 1);
    putMatch("m5", "QUARTER", "UPPER", 2);
    putMatch("m6", "SEMI", "LOWER", 1);
    put(engine, "Matches", match("u1", "US", "FINAL", "UPPER", 1));
  }

  private List<String> ids(String keyCondition, Object... values) {
    return ids(QueryRequest.builder("Matches", key(keyCondition, values)));
  }

  private List<String> ids(QueryRequest.Builder query) {
    PageResponse page = engine.query(query.indexName("ByBracket").build());
    List<String> ids = new ArrayList<>();
    page.items().forEach(i -> ids.add(((AttributeValue.S) i.get("matchId")).value()));
    return ids;
  }

  private static final String PARTITION = "tournamentId = :v0 AND regionId = :v1";

  private String queryError(String keyCondition, Object... values) {
    return error(() -> ids(keyCondition, values));
  }

  private static String error(Executable executable) {
    return assertThrows(ValidationException.class, executable).getMessage();
  }

  // ------------------------------------------------------------------ definition

  @Test
  void describeTable_listsEveryKeyAttributeInOrder() {
    createMatches();
    assertThat(
            engine
                .describeTable(new DescribeTableRequest("Matches"))
                .globalSecondaryIndexes()
                .get(0)
                .keySchema())
        .containsExactlyElementsIn(BY_BRACKET_KEY)
        .inOrder();
  }

  @Test
  void partitionOnly_withSeveralAttributes_isAnIndex() {
    engine.createTable(
        Fixtures.table(
            "Pairs",
            List.of(s("id"), s("a"), s("b")),
            List.of(KeySchemaElement.hash("id")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByAB",
                    List.of(KeySchemaElement.hash("a"), KeySchemaElement.hash("b")),
                    IndexProjection.KEYS_ONLY,
                    null)),
            List.of()));
    // ("ab", "c") and ("a", "bc") are different partitions, though their texts join alike; the
    // index projects every key attribute and no other.
    put(engine, "Pairs", item("id", "1", "a", "ab", "b", "c", "note", "x"));
    put(engine, "Pairs", item("id", "2", "a", "a", "b", "bc", "note", "y"));
    PageResponse page =
        engine.query(
            QueryRequest.builder("Pairs", key("a = :v0 AND b = :v1", "a", "bc"))
                .indexName("ByAB")
                .build());
    assertThat(page.items()).containsExactly(item("id", "2", "a", "a", "b", "bc"));
  }

  // ------------------------------------------------------------------ indexing and order

  @Test
  void query_returnsThePartition_sortedByTheSortAttributesInOrder() {
    createMatches();
    putMatches();
    assertThat(ids(PARTITION, "W24", "EU"))
        .containsExactly("m1", "m3", "m2", "m4", "m5", "m6", "m7")
        .inOrder();
    assertThat(
            ids(
                QueryRequest.builder("Matches", key(PARTITION, "W24", "EU"))
                    .scanIndexForward(false)))
        .containsExactly("m7", "m6", "m5", "m4", "m2", "m3", "m1")
        .inOrder();
  }

  @Test
  void scanOfTheIndex_pagesThroughEveryIndexedItemOnce() {
    createMatches();
    putMatches();
    put(engine, "Matches", item("matchId", "sparse", "tournamentId", "W24", "regionId", "EU"));
    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page =
          engine.scan(
              ScanRequest.builder("Matches")
                  .indexName("ByBracket")
                  .limit(3)
                  .exclusiveStartKey(start)
                  .build());
      page.items().forEach(i -> seen.add(((AttributeValue.S) i.get("matchId")).value()));
      start = page.lastEvaluatedKey();
    } while (start != null);
    assertThat(seen).containsExactly("m1", "m2", "m3", "m4", "m5", "m6", "m7", "u1");
  }

  @Test
  void itemMissingAnyKeyAttribute_isNotInTheIndex() {
    createMatches();
    putMatch("in", "FINAL", "UPPER", 1);
    put(
        engine,
        "Matches",
        item(
            "matchId",
            "noSeq",
            "tournamentId",
            "W24",
            "regionId",
            "EU",
            "roundName",
            "F",
            "bracketName",
            "U"));
    put(
        engine,
        "Matches",
        item(
            "matchId",
            "noRegion",
            "tournamentId",
            "W24",
            "roundName",
            "F",
            "bracketName",
            "U",
            "seqNo",
            1));
    assertThat(ids(PARTITION, "W24", "EU")).containsExactly("in");
    // Removing one sort attribute takes the item out of the index.
    engine.updateItem(
        UpdateItemRequest.builder("Matches", item("matchId", "in"))
            .update(update("REMOVE bracketName"))
            .build());
    assertThat(ids(PARTITION, "W24", "EU")).isEmpty();
  }

  @Test
  void updateTable_createsAMultiAttributeIndex_overTheItemsThatHaveEveryKeyAttribute() {
    engine.createTable(
        Fixtures.table(
            "Matches", List.of(s("matchId")), List.of(KeySchemaElement.hash("matchId"))));
    putMatch("m1", "FINAL", "UPPER", 1);
    put(engine, "Matches", item("matchId", "m2", "tournamentId", "W24", "regionId", "EU"));
    engine.updateTable(
        new UpdateTableRequest(
            "Matches",
            List.of(s("tournamentId"), s("regionId"), s("roundName"), s("bracketName"), n("seqNo")),
            null,
            null,
            List.of(
                new GlobalSecondaryIndexUpdate.Create(
                    new GlobalSecondaryIndex(
                        "ByBracket", BY_BRACKET_KEY, IndexProjection.ALL, null)))));
    assertThat(ids(PARTITION, "W24", "EU")).containsExactly("m1");
  }

  @Test
  void changingAnySortAttribute_movesTheIndexEntry_deleteAndPut() {
    createMatches();
    putMatch("m1", "FINAL", "UPPER", 1);
    Map<String, Capacity> byIndex =
        engine
            .updateItem(
                UpdateItemRequest.builder("Matches", item("matchId", "m1"))
                    .update(update("SET seqNo = :v0", 2))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .build())
            .consumedCapacity()
            .globalSecondaryIndexes();
    assertThat(byIndex).containsExactly("ByBracket", Capacity.write(2));
  }

  @Test
  void keyAttributeOfTheWrongType_isRejectedOnWrite() {
    createMatches();
    String message =
        error(
            () ->
                put(
                    engine,
                    "Matches",
                    item(
                        "matchId",
                        "m1",
                        "tournamentId",
                        "W24",
                        "regionId",
                        "EU",
                        "roundName",
                        "F",
                        "bracketName",
                        "U",
                        "seqNo",
                        "one")));
    assertThat(message).contains("seqNo");
    assertThat(message).contains("ByBracket");
  }

  // ------------------------------------------------------------------ query rules

  @Test
  void sortAttributes_usedLeftToRight_byEquality() {
    createMatches();
    putMatches();
    assertThat(ids(PARTITION + " AND roundName = :v2", "W24", "EU", "QUARTER"))
        .containsExactly("m3", "m2", "m4", "m5")
        .inOrder();
    assertThat(
            ids(
                PARTITION + " AND roundName = :v2 AND bracketName = :v3",
                "W24",
                "EU",
                "QUARTER",
                "UPPER"))
        .containsExactly("m4", "m5")
        .inOrder();
    assertThat(
            ids(
                PARTITION + " AND roundName = :v2 AND bracketName = :v3 AND seqNo = :v4",
                "W24",
                "EU",
                "QUARTER",
                "LOWER",
                10))
        .containsExactly("m2");
  }

  @Test
  void rangeCondition_onTheLastSortAttributeUsed() {
    createMatches();
    putMatches();
    String quarter = PARTITION + " AND roundName = :v2 AND ";
    assertThat(ids(quarter + "bracketName > :v3", "W24", "EU", "QUARTER", "LOWER"))
        .containsExactly("m4", "m5")
        .inOrder();
    assertThat(ids(quarter + "bracketName >= :v3", "W24", "EU", "QUARTER", "LOWER"))
        .containsExactly("m3", "m2", "m4", "m5")
        .inOrder();
    assertThat(ids(quarter + "bracketName < :v3", "W24", "EU", "QUARTER", "UPPER"))
        .containsExactly("m3", "m2")
        .inOrder();
    assertThat(ids(quarter + "bracketName <= :v3", "W24", "EU", "QUARTER", "LOWER"))
        .containsExactly("m3", "m2")
        .inOrder();
    assertThat(ids(quarter + "begins_with(bracketName, :v3)", "W24", "EU", "QUARTER", "UP"))
        .containsExactly("m4", "m5")
        .inOrder();
    assertThat(
            ids(
                quarter + "bracketName = :v3 AND seqNo BETWEEN :v4 AND :v5",
                "W24",
                "EU",
                "QUARTER",
                "LOWER",
                2,
                10))
        .containsExactly("m2");
    assertThat(ids(PARTITION + " AND roundName > :v2", "W24", "EU", "FINAL"))
        .containsExactly("m3", "m2", "m4", "m5", "m6", "m7")
        .inOrder();
    assertThat(ids(PARTITION + " AND begins_with(roundName, :v2)", "W24", "EU", "S"))
        .containsExactly("m6", "m7")
        .inOrder();
  }

  @Test
  void everyPartitionAttribute_isRequired() {
    createMatches();
    assertThat(queryError("tournamentId = :v0", "W24"))
        .isEqualTo("Query condition missed key schema element: regionId");
    assertThat(queryError("regionId = :v0 AND roundName = :v1", "EU", "F"))
        .isEqualTo("Query condition missed key schema element: tournamentId");
  }

  @Test
  void partitionAttributes_onlyByEquality() {
    createMatches();
    assertThat(queryError("tournamentId = :v0 AND regionId > :v1", "W24", "EU"))
        .isEqualTo("Query key condition not supported");
    assertThat(queryError("begins_with(tournamentId, :v0) AND regionId = :v1", "W", "EU"))
        .isEqualTo("Query key condition not supported");
  }

  @Test
  void skippedSortAttribute_isNamed() {
    createMatches();
    assertThat(queryError(PARTITION + " AND bracketName = :v2", "W24", "EU", "UPPER"))
        .isEqualTo("Query condition missed key schema element: roundName");
    assertThat(queryError(PARTITION + " AND roundName = :v2 AND seqNo > :v3", "W24", "EU", "F", 1))
        .isEqualTo("Query condition missed key schema element: bracketName");
  }

  @Test
  void rangeCondition_beforeTheLastSortAttributeUsed_isNotSupported() {
    createMatches();
    assertThat(
            queryError(
                PARTITION + " AND roundName > :v2 AND bracketName = :v3", "W24", "EU", "F", "U"))
        .isEqualTo("Query key condition not supported");
    assertThat(
            queryError(
                PARTITION + " AND roundName BETWEEN :v2 AND :v3 AND bracketName = :v4",
                "W24",
                "EU",
                "A",
                "F",
                "U"))
        .isEqualTo("Query key condition not supported");
  }

  @Test
  void nonKeyAttribute_namesTheFirstSortAttributeNotUsed() {
    createMatches();
    assertThat(
            queryError(PARTITION + " AND roundName = :v2 AND venue = :v3", "W24", "EU", "F", "X"))
        .isEqualTo("Query condition missed key schema element: bracketName");
  }

  @Test
  void valueTypes_andBeginsWithOnANumber_asOnASingleAttributeKey() {
    createMatches();
    assertThat(queryError("tournamentId = :v0 AND regionId = :v1", "W24", 1))
        .isEqualTo(
            "One or more parameter values were invalid: Condition parameter type does not"
                + " match schema type");
    assertThat(
            queryError(
                PARTITION
                    + " AND roundName = :v2 AND bracketName = :v3 AND begins_with(seqNo, :v4)",
                "W24",
                "EU",
                "F",
                "U",
                1))
        .isEqualTo(
            "Invalid KeyConditionExpression: Incorrect operand type for operator or function;"
                + " operator or function: begins_with, operand type: N");
  }

  @Test
  void moreThanTwoTerms_onASingleAttributeKey_keepTheTwoTermLimit() {
    Fixtures.withSortedTable(engine);
    String message =
        error(
            () ->
                engine.query(
                    QueryRequest.builder(
                            "Sorted", key("p = :v0 AND s = :v1 AND x = :v2", "a", 1, "b"))
                        .build()));
    assertThat(message).isEqualTo("Conditions can be of length 1 or 2 only");
  }

  // ------------------------------------------------------------------ paging

  @Test
  void pages_resumeFromALastEvaluatedKeyWithEveryKeyAttribute() {
    createMatches();
    putMatches();
    QueryRequest.Builder first =
        QueryRequest.builder("Matches", key(PARTITION, "W24", "EU"))
            .indexName("ByBracket")
            .limit(3);
    PageResponse page = engine.query(first.build());
    assertThat(page.lastEvaluatedKey().keySet())
        .containsExactly(
            "matchId", "tournamentId", "regionId", "roundName", "bracketName", "seqNo");
    List<String> all = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      page = engine.query(first.exclusiveStartKey(start).build());
      page.items().forEach(i -> all.add(((AttributeValue.S) i.get("matchId")).value()));
      start = page.lastEvaluatedKey();
    } while (start != null);
    assertThat(all).containsExactly("m1", "m3", "m2", "m4", "m5", "m6", "m7").inOrder();
  }

  @Test
  void startKeyOfAnotherPartition_orOutsideTheSortRange_isRejected() {
    createMatches();
    putMatches();
    Map<String, AttributeValue> usFinal = match("u1", "US", "FINAL", "UPPER", 1);
    assertThat(
            error(
                () ->
                    ids(
                        QueryRequest.builder("Matches", key(PARTITION, "W24", "EU"))
                            .exclusiveStartKey(usFinal))))
        .isEqualTo(
            "The provided starting key is outside query boundaries based on provided conditions");
    Map<String, AttributeValue> euFinal = new LinkedHashMap<>(usFinal);
    euFinal.put("regionId", AttributeValue.s("EU"));
    assertThat(
            error(
                () ->
                    ids(
                        QueryRequest.builder(
                                "Matches",
                                key(PARTITION + " AND roundName = :v2", "W24", "EU", "SEMI"))
                            .exclusiveStartKey(euFinal))))
        .isEqualTo("The provided starting key does not match the range key predicate");
  }

  // ------------------------------------------------------------------ CreateTable rules

  private String createError(List<AttributeDefinition> definitions, List<KeySchemaElement> gsiKey) {
    List<AttributeDefinition> all = new ArrayList<>(List.of(s("id")));
    all.addAll(definitions);
    return error(
        () ->
            engine.createTable(
                Fixtures.table(
                    "Tbl",
                    all,
                    List.of(KeySchemaElement.hash("id")),
                    List.of(new GlobalSecondaryIndex("Gsi", gsiKey, IndexProjection.ALL, null)),
                    List.of())));
  }

  private static List<AttributeDefinition> strings(String... names) {
    return Arrays.stream(names).map(Fixtures::s).toList();
  }

  private static List<KeySchemaElement> keys(String kinds, String... names) {
    List<KeySchemaElement> keys = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      keys.add(
          kinds.charAt(i) == 'H'
              ? KeySchemaElement.hash(names[i])
              : KeySchemaElement.range(names[i]));
    }
    return keys;
  }

  @Test
  void fourPartitionAndFourSortAttributes_isTheLimit() {
    engine.createTable(
        Fixtures.table(
            "Tbl",
            strings("id", "a", "b", "c", "d", "e", "f", "g", "h"),
            List.of(KeySchemaElement.hash("id")),
            List.of(
                new GlobalSecondaryIndex(
                    "Gsi",
                    keys("HHHHRRRR", "a", "b", "c", "d", "e", "f", "g", "h"),
                    IndexProjection.ALL,
                    null)),
            List.of()));
    assertThat(
            engine
                .describeTable(new DescribeTableRequest("Tbl"))
                .globalSecondaryIndexes()
                .get(0)
                .keySchema())
        .hasSize(8);
  }

  @Test
  void fivePartitionAttributes_areRejected() {
    assertThat(
            createError(strings("a", "b", "c", "d", "e"), keys("HHHHH", "a", "b", "c", "d", "e")))
        .isEqualTo(
            "Invalid KeySchema: A global secondary index can have at most 4 HASH KeySchemaElements");
  }

  @Test
  void fiveSortAttributes_areRejected() {
    assertThat(
            createError(
                strings("a", "b", "c", "d", "e", "f"),
                keys("HRRRRR", "a", "b", "c", "d", "e", "f")))
        .isEqualTo(
            "Invalid KeySchema: A global secondary index can have at most 4 RANGE KeySchemaElements");
  }

  @Test
  void moreThanEightElements_failTheLengthConstraint() {
    String message =
        createError(
            strings("a", "b", "c", "d", "e", "f", "g", "h", "i"),
            keys("HHHHRRRRR", "a", "b", "c", "d", "e", "f", "g", "h", "i"));
    assertThat(message).contains("globalSecondaryIndexes.member.keySchema");
    assertThat(message).contains("have length less than or equal to 8");
  }

  @Test
  void hashAfterRange_isRejected() {
    assertThat(createError(strings("a", "b", "c"), keys("HRH", "a", "b", "c")))
        .isEqualTo(
            "Invalid KeySchema: All HASH KeySchemaElements must come before the RANGE"
                + " KeySchemaElements");
  }

  @Test
  void firstElementNotHash_isRejected() {
    assertThat(createError(strings("a", "b", "c"), keys("RHH", "a", "b", "c")))
        .isEqualTo("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  }

  @Test
  void repeatedAttribute_isRejected() {
    assertThat(createError(strings("a", "b"), keys("HHR", "a", "b", "a")))
        .isEqualTo("Invalid KeySchema: The attribute a appears more than once in the KeySchema");
    assertThat(createError(strings("a"), keys("HH", "a", "a")))
        .isEqualTo("Invalid KeySchema: The attribute a appears more than once in the KeySchema");
  }

  @Test
  void undefinedAttribute_isRejected() {
    assertThat(createError(strings("a", "b"), keys("HHR", "a", "b", "c")))
        .isEqualTo(
            "One or more parameter values were invalid: Some index key attributes are not defined"
                + " in AttributeDefinitions. Keys: [a, b, c], AttributeDefinitions: [id, a, b]");
  }

  @Test
  void localIndexes_andTheTable_keepOnePartitionAndOneSortAttribute() {
    String message =
        error(
            () ->
                engine.createTable(
                    Fixtures.table(
                        "Tbl",
                        strings("p", "s", "a", "b"),
                        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
                        List.of(),
                        List.of(
                            new LocalSecondaryIndex(
                                "Lsi", keys("HRR", "p", "a", "b"), IndexProjection.ALL)))));
    assertThat(message).contains("have length less than or equal to 2");
  }
}
