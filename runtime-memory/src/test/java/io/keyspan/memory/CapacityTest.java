package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.update;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Consumed capacity by DynamoDB's rules. Sources: Developer Guide "DynamoDB read and write
 * operations" (read-write-operations.html: 4 KB read units, half for eventually consistent, double
 * for transactional; 1 KB write units; the larger of old and new item for PutItem and UpdateItem;
 * BatchGetItem rounds each item; Query and Scan round the sum) and "Provisioned throughput
 * considerations for global secondary indexes" (GSI.html#GSI.ThroughputConsiderations: one write to
 * add or remove an index entry, two when an index key changes).
 */
class CapacityTest {
  private final MemoryEngine engine = engine();

  /** An item of exactly {@code bytes} bytes by DynamoDB's size rule. */
  private static Map<String, AttributeValue> sized(String p, int bytes, Object... more) {
    Map<String, AttributeValue> item = item(more);
    item.put("p", AttributeValue.s(p));
    return Fixtures.padded(item, bytes);
  }

  @Test
  void getItem_roundsUpTo4KB_halfWhenEventuallyConsistent() {
    Fixtures.withDocsTable(engine);
    put(engine, "Docs", sized("a", 4097));
    assertThat(getUnits(false)).isEqualTo(1.0);
    assertThat(getUnits(true)).isEqualTo(2.0);
  }

  private double getUnits(boolean consistent) {
    return engine
        .getItem(
            GetItemRequest.builder("Docs", item("p", "a"))
                .consistentRead(consistent)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build())
        .consumedCapacity()
        .capacityUnits();
  }

  @Test
  void getOfMissingItem_stillCostsTheMinimum() {
    Fixtures.withDocsTable(engine);
    assertThat(getUnits(false)).isEqualTo(0.5);
  }

  @Test
  void put_costsOneUnitPerKB_ofTheLargerOfOldAndNew() {
    Fixtures.withDocsTable(engine);
    assertThat(putUnits(sized("a", 1025))).isEqualTo(2.0);
    assertThat(putUnits(sized("a", 10))).isEqualTo(2.0); // replaces the 1025-byte item
    assertThat(putUnits(sized("a", 10))).isEqualTo(1.0);
  }

  private double putUnits(Map<String, AttributeValue> item) {
    return engine
        .putItem(
            PutItemRequest.builder("Docs", item)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build())
        .consumedCapacity()
        .capacityUnits();
  }

  @Test
  void indexWrites_areReportedPerIndex_withIndexes() {
    Fixtures.withDocsTable(engine);
    // New item entering the GSI: 1 table unit + 1 index unit.
    ConsumedCapacity created =
        engine
            .putItem(
                PutItemRequest.builder("Docs", item("p", "a", "tag", "t1"))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .build())
            .consumedCapacity();
    assertThat(created.capacityUnits()).isEqualTo(2.0);
    assertThat(created.table()).isEqualTo(Capacity.write(1));
    assertThat(created.globalSecondaryIndexes()).containsExactly("ByTag", Capacity.write(1));
    // Changing the index key: delete plus put in the index, 2 units.
    ConsumedCapacity moved = updateCapacity("SET tag = :v0", "t2");
    assertThat(moved.globalSecondaryIndexes()).containsExactly("ByTag", Capacity.write(2));
    // A non-projected attribute: no index write.
    ConsumedCapacity untouched = updateCapacity("SET note = :v0", "x");
    assertThat(untouched.globalSecondaryIndexes()).isEmpty();
    assertThat(untouched.capacityUnits()).isEqualTo(1.0);
    // Removing the index key takes the item out of the index: 1 unit.
    ConsumedCapacity removed = updateCapacity("REMOVE tag");
    assertThat(removed.globalSecondaryIndexes()).containsExactly("ByTag", Capacity.write(1));
  }

  private ConsumedCapacity updateCapacity(String text, Object... values) {
    return engine
        .updateItem(
            UpdateItemRequest.builder("Docs", item("p", "a"))
                .update(update(text, values))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .build())
        .consumedCapacity();
  }

  @Test
  void delete_costsTheDeletedItem_andItsIndexEntry() {
    Fixtures.withDocsTable(engine);
    put(engine, "Docs", sized("a", 2048, "tag", "t"));
    ConsumedCapacity deleted =
        engine
            .deleteItem(
                DeleteItemRequest.builder("Docs", item("p", "a"))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build())
            .consumedCapacity();
    assertThat(deleted.capacityUnits()).isEqualTo(3.0);
    assertThat(deleted.tableName()).isEqualTo("Docs");
  }

  @Test
  void query_sumsEvaluatedItemSizesBeforeRounding() {
    engine.createTable(
        Fixtures.table(
            "Log",
            List.of(s("p"), n("s")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s"))));
    for (int i = 0; i < 10; i++) {
      put(engine, "Log", item("p", "a", "s", i, "body", "x".repeat(1000)));
    }
    // 10 items of 1008 bytes = 10,080 bytes = 3 units of 4 KB, not 10; eventually consistent 1.5.
    ConsumedCapacity consumed =
        engine
            .query(
                QueryRequest.builder("Log", key("p = :v0", "a"))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build())
            .consumedCapacity();
    assertThat(consumed.capacityUnits()).isEqualTo(1.5);
    ConsumedCapacity scanned =
        engine
            .scan(
                ScanRequest.builder("Log")
                    .consistentRead(true)
                    .filter(Fixtures.filter("body = :v0", "nothing"))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build())
            .consumedCapacity();
    assertThat(scanned.capacityUnits()).isEqualTo(3.0);
  }

  @Test
  void batchGet_roundsEachItemSeparately() {
    Fixtures.withDocsTable(engine);
    put(engine, "Docs", sized("a", 1536));
    put(engine, "Docs", sized("b", 6656));
    // 1.5 KB -> 4 KB and 6.5 KB -> 8 KB: 12 KB, 3 strongly consistent units.
    List<ConsumedCapacity> consumed =
        engine
            .batchGetItem(
                new BatchGetItemRequest(
                    Map.of(
                        "Docs",
                        new KeysAndAttributes(List.of(item("p", "a"), item("p", "b")), null, true)),
                    ReturnConsumedCapacity.TOTAL))
            .consumedCapacity();
    assertThat(consumed).hasSize(1);
    assertThat(consumed.get(0).capacityUnits()).isEqualTo(3.0);
  }

  @Test
  void transactions_costTwice() {
    Fixtures.withDocsTable(engine);
    List<ConsumedCapacity> written =
        engine
            .transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(new TransactWriteItem.Put("Docs", sized("a", 1500), null, null)),
                    null,
                    ReturnConsumedCapacity.TOTAL))
            .consumedCapacity();
    assertThat(written.get(0).capacityUnits()).isEqualTo(4.0);
    List<ConsumedCapacity> read =
        engine
            .transactGetItems(
                new TransactGetItemsRequest(
                    List.of(new TransactGetItem("Docs", item("p", "a"), null)),
                    ReturnConsumedCapacity.TOTAL))
            .consumedCapacity();
    assertThat(read.get(0).capacityUnits()).isEqualTo(2.0);
  }

  /**
   * Table Shop (p S, s N) with GSI ByTag (tag) and LSI ByRank (p, rank), both KEYS_ONLY, and one
   * item that both indexes hold.
   */
  private void createShop() {
    engine.createTable(
        Fixtures.table(
            "Shop",
            List.of(s("p"), n("s"), s("tag"), n("rank")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(Fixtures.byTag()),
            List.of(
                new LocalSecondaryIndex(
                    "ByRank",
                    List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("rank")),
                    IndexProjection.KEYS_ONLY))));
    put(engine, "Shop", item("p", "a", "s", 1, "tag", "t", "rank", 7));
  }

  @Test
  void writes_reportWriteUnits_perIndexKind_onlyWithIndexes() {
    // API ConsumedCapacity: INDEXES adds Table, GlobalSecondaryIndexes and LocalSecondaryIndexes
    // to the total
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html);
    // a write consumes write units only.
    createShop();
    ConsumedCapacity indexes =
        engine
            .putItem(
                PutItemRequest.builder("Shop", item("p", "b", "s", 1, "tag", "u", "rank", 8))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .build())
            .consumedCapacity();
    assertThat(indexes)
        .isEqualTo(
            new ConsumedCapacity(
                "Shop",
                3,
                0,
                3,
                Capacity.write(1),
                Map.of("ByTag", Capacity.write(1)),
                Map.of("ByRank", Capacity.write(1))));
    ConsumedCapacity total =
        engine
            .putItem(
                PutItemRequest.builder("Shop", item("p", "c", "s", 1, "tag", "u", "rank", 8))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build())
            .consumedCapacity();
    assertThat(total).isEqualTo(ConsumedCapacity.total("Shop", Capacity.write(3)));
  }

  private ConsumedCapacity indexQuery(QueryRequest.Builder query) {
    return engine
        .query(query.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build())
        .consumedCapacity();
  }

  @Test
  void indexReads_reportReadUnits_underTheirOwnKind() {
    // A GSI read is reported under GlobalSecondaryIndexes, an LSI read under
    // LocalSecondaryIndexes; the table's own share is zero, and no write units appear.
    createShop();
    ConsumedCapacity global =
        indexQuery(QueryRequest.builder("Shop", key("tag = :v0", "t")).indexName("ByTag"));
    assertThat(global)
        .isEqualTo(
            new ConsumedCapacity(
                "Shop",
                0.5,
                0.5,
                0,
                Capacity.read(0),
                Map.of("ByTag", Capacity.read(0.5)),
                Map.of()));
    ConsumedCapacity local =
        indexQuery(
            QueryRequest.builder("Shop", key("p = :v0", "a"))
                .indexName("ByRank")
                .consistentRead(true));
    assertThat(local)
        .isEqualTo(
            new ConsumedCapacity(
                "Shop", 1, 1, 0, Capacity.read(0), Map.of(), Map.of("ByRank", Capacity.read(1))));
    ConsumedCapacity total =
        engine
            .scan(
                ScanRequest.builder("Shop")
                    .indexName("ByRank")
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build())
            .consumedCapacity();
    assertThat(total).isEqualTo(ConsumedCapacity.total("Shop", Capacity.read(0.5)));
  }

  @Test
  void lsiReadOfUnprojectedAttributes_alsoChargesTheTable() {
    // Developer Guide LSI.html#LSI.ThroughputConsiderations: attributes the index does not project
    // are fetched from the table, at the cost of a read of the whole item.
    createShop();
    ConsumedCapacity consumed =
        indexQuery(
            QueryRequest.builder("Shop", key("p = :v0", "a"))
                .indexName("ByRank")
                .select(io.keyspan.engine.Select.ALL_ATTRIBUTES)
                .consistentRead(true));
    assertThat(consumed)
        .isEqualTo(
            new ConsumedCapacity(
                "Shop", 2, 2, 0, Capacity.read(1), Map.of(), Map.of("ByRank", Capacity.read(1))));
  }

  @Test
  void transactionalReadsAndWrites_keepTheirKind() {
    createShop();
    ConsumedCapacity written =
        engine
            .transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(new TransactWriteItem.Put("Shop", item("p", "b", "s", 2), null, null)),
                    null,
                    ReturnConsumedCapacity.INDEXES))
            .consumedCapacity()
            .get(0);
    // An item outside both indexes: the table's write only, doubled for the transaction.
    assertThat(written)
        .isEqualTo(new ConsumedCapacity("Shop", 2, 0, 2, Capacity.write(2), Map.of(), Map.of()));
    ConsumedCapacity read =
        engine
            .transactGetItems(
                new TransactGetItemsRequest(
                    List.of(new TransactGetItem("Shop", item("p", "a", "s", 1), null)),
                    ReturnConsumedCapacity.INDEXES))
            .consumedCapacity()
            .get(0);
    assertThat(read)
        .isEqualTo(new ConsumedCapacity("Shop", 2, 2, 0, Capacity.read(2), Map.of(), Map.of()));
  }

  @Test
  void noneRequested_reportsNothing() {
    Fixtures.withDocsTable(engine);
    assertThat(
            engine
                .putItem(PutItemRequest.builder("Docs", item("p", "a")).build())
                .consumedCapacity())
        .isNull();
  }
}
