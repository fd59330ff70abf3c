package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.update;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.ItemCollectionMetrics;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ReturnItemCollectionMetrics. API ItemCollectionMetrics
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html):
 * returned only when asked for, never for a table without local secondary indexes; the key is the
 * partition-key value of the item; the estimate is a two-element [lower, upper] range in GB that
 * counts the items and the attributes projected into the local indexes. Developer Guide
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ItemCollections):
 * a small collection reads {@code SizeEstimateRangeGB: [0.0, 1.0]}.
 */
class ItemCollectionMetricsTest {
  private static final ItemCollectionMetrics SMALL_A = small("a");
  private final MemoryEngine engine = engine();

  /** Threads (p S, s N) with LSI ByRank (p, pos) projecting KEYS_ONLY. */
  private static CreateTableRequest threads(IndexProjection projection) {
    return Fixtures.table(
        "Threads",
        List.of(s("p"), n("s"), n("pos")),
        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
        List.of(),
        List.of(
            new LocalSecondaryIndex(
                "ByRank",
                List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("pos")),
                projection)));
  }

  /** Plain (p S, s N) with only a global index: no item collections to report. */
  private static CreateTableRequest plain() {
    return Fixtures.table(
        "Plain",
        List.of(s("p"), n("s"), s("tag")),
        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
        List.of(
            new GlobalSecondaryIndex(
                "ByTag", List.of(KeySchemaElement.hash("tag")), IndexProjection.ALL, null)),
        List.of());
  }

  private static ItemCollectionMetrics small(String partition) {
    return new ItemCollectionMetrics(Map.of("p", AttributeValue.s(partition)), 0.0, 1.0);
  }

  private void createTables() {
    engine.createTable(threads(IndexProjection.KEYS_ONLY));
    engine.createTable(plain());
  }

  @Test
  void putUpdateAndDelete_withSize_onATableWithLocalIndexes_reportThePartitionKeysCollection() {
    createTables();
    assertThat(
            engine
                .putItem(
                    PutItemRequest.builder("Threads", item("p", "a", "s", 1, "pos", 3))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .updateItem(
                    UpdateItemRequest.builder("Threads", item("p", "a", "s", 2))
                        .update(update("SET pos = :v0", 4))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .deleteItem(
                    DeleteItemRequest.builder("Threads", item("p", "a", "s", 1))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
  }

  @Test
  void writes_withoutSize_orOnATableWithoutLocalIndexes_reportNothing() {
    createTables();
    assertThat(
            engine
                .putItem(PutItemRequest.builder("Threads", item("p", "a", "s", 1)).build())
                .itemCollectionMetrics())
        .isNull();
    assertThat(
            engine
                .putItem(
                    PutItemRequest.builder("Plain", item("p", "a", "s", 1, "tag", "t"))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isNull();
  }

  @Test
  void batchWrite_reportsEachTouchedCollectionOnce_perTableWithLocalIndexes_inRequestOrder() {
    // API BatchWriteItem: "for each table, information about any item collections that were
    // affected by individual DeleteItem or PutItem operations".
    createTables();
    put(engine, "Threads", item("p", "c", "s", 1));
    Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
    writes.put(
        "Threads",
        List.of(
            new WriteRequest.Put(item("p", "b", "s", 1)),
            new WriteRequest.Put(item("p", "a", "s", 1)),
            new WriteRequest.Put(item("p", "b", "s", 2)),
            new WriteRequest.Delete(item("p", "c", "s", 1))));
    writes.put("Plain", List.of(new WriteRequest.Put(item("p", "a", "s", 1))));

    var response =
        engine.batchWriteItem(
            new BatchWriteItemRequest(
                writes, ReturnConsumedCapacity.NONE, ReturnItemCollectionMetrics.SIZE));

    assertThat(response.itemCollectionMetrics())
        .containsExactly("Threads", List.of(small("b"), SMALL_A, small("c")));
    assertThat(
            engine
                .batchWriteItem(new BatchWriteItemRequest(writes, ReturnConsumedCapacity.NONE))
                .itemCollectionMetrics())
        .isEmpty();
  }

  @Test
  void transactWrite_reportsTheCollectionsItWrote_butNotThoseItOnlyChecked() {
    // API TransactWriteItems: ItemCollectionMetrics covers the UpdateItem, PutItem and DeleteItem
    // actions; a ConditionCheck writes nothing.
    createTables();
    put(engine, "Threads", item("p", "z", "s", 1));
    List<TransactWriteItem> actions =
        List.of(
            new TransactWriteItem.ConditionCheck(
                "Threads", item("p", "z", "s", 1), condition("attribute_exists(p)"), null),
            new TransactWriteItem.Put("Threads", item("p", "a", "s", 1), null, null),
            new TransactWriteItem.Update(
                "Threads", item("p", "b", "s", 1), update("SET pos = :v0", 1), null, null),
            new TransactWriteItem.Put("Plain", item("p", "a", "s", 1), null, null));

    var response =
        engine.transactWriteItems(
            new TransactWriteItemsRequest(
                actions, null, ReturnConsumedCapacity.NONE, ReturnItemCollectionMetrics.SIZE));

    assertThat(response.itemCollectionMetrics())
        .containsExactly("Threads", List.of(SMALL_A, small("b")));
  }

  @Test
  void estimate_countsTheCollectionsItems_andWhatEachLocalIndexProjects() {
    // Developer Guide LSI.html#LSI.ItemCollections: the estimate includes the items of the table
    // plus the attributes projected into the local secondary indexes.
    Map<String, AttributeValue> ranked = item("p", "a", "s", 1, "pos", 3, "body", "x".repeat(500));
    Map<String, AttributeValue> unranked = item("p", "a", "s", 2, "body", "y".repeat(700));
    Map<String, AttributeValue> elsewhere = item("p", "b", "s", 1, "pos", 3);

    StoredTable all = stored(threads(IndexProjection.ALL), ranked, unranked, elsewhere);
    StoredTable keysOnly = stored(threads(IndexProjection.KEYS_ONLY), ranked, unranked, elsewhere);

    HashedPartitionKey a = HashedPartitionKey.of(AttributeValue.s("a"));
    long items = ItemSize.of(ranked) + ItemSize.of(unranked);
    // ALL copies the ranked item whole; KEYS_ONLY copies its table and index keys. The unranked
    // item is not in the sparse index.
    assertThat(ItemCollections.bytes(all, a)).isEqualTo(items + ItemSize.of(ranked));
    assertThat(ItemCollections.bytes(keysOnly, a))
        .isEqualTo(items + ItemSize.of(item("p", "a", "s", 1, "pos", 3)));
  }

  @Test
  void estimate_isTheWholeGigabyteBandTheSizeLiesIn() {
    Map<String, AttributeValue> key = Map.of("p", AttributeValue.s("a"));
    long gigabyte = 1L << 30;

    assertThat(ItemCollections.estimate(key, 0).sizeEstimateRangeGb()).containsExactly(0.0, 1.0);
    assertThat(ItemCollections.estimate(key, gigabyte - 1).sizeEstimateRangeGb())
        .containsExactly(0.0, 1.0)
        .inOrder();
    assertThat(ItemCollections.estimate(key, gigabyte * 3 / 2).sizeEstimateRangeGb())
        .containsExactly(1.0, 2.0)
        .inOrder();
  }

  @SafeVarargs
  private static StoredTable stored(
      CreateTableRequest request, Map<String, AttributeValue>... items) {
    TableSettings settings = TableValidator.validate(request, Fixtures.START);
    StoredTable table = new StoredTable(settings, ItemChanges.NONE);
    for (Map<String, AttributeValue> item : items) {
      table.write(PrimaryKey.of(settings.key(), item), item);
    }
    return table;
  }
}
