package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.scanAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.Tag;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UntagResourceRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.engine.table.TimeToLiveStatus;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine with a data directory: what it keeps across a clean close and across a crash ({@link
 * CrashCopies}). Stream records across both: {@link StreamDurabilityTest}.
 */
class DataDirectoryTest {
  private static final String ORDERS_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/Orders";

  @TempDir Path temporary;
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Fixtures.START);

  private Path data() {
    return temporary.resolve("data");
  }

  private MemoryEngine open(Path directory) {
    return MemoryEngine.open(new EngineContext(clock), directory);
  }

  private CrashCopies crashes;

  @BeforeEach
  void crashesIntoTemporary() {
    crashes = new CrashCopies(temporary);
  }

  /**
   * Table "Orders": provisioned, partition p (S) and sort s (N), a multi-attribute GSI, an LSI, a
   * NEW_AND_OLD_IMAGES stream and two tags; then time to live on "expires".
   */
  private static void createOrders(MemoryEngine engine) {
    engine.createTable(
        new CreateTableRequest(
            "Orders",
            List.of(s("p"), n("s"), s("shipTo"), s("orderState"), n("rankNo")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByShipToState",
                    List.of(KeySchemaElement.hash("shipTo"), KeySchemaElement.hash("orderState")),
                    IndexProjection.include(List.of("note")),
                    ProvisionedThroughput.of(3, 4))),
            List.of(
                new LocalSecondaryIndex(
                    "ByRank",
                    List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("rankNo")),
                    IndexProjection.KEYS_ONLY)),
            BillingMode.PROVISIONED,
            ProvisionedThroughput.of(5, 6),
            StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES),
            List.of(new Tag("team", "shop"), new Tag("env", "dev"))));
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Orders", "expires", true));
  }

  /** Items of every attribute type, an update and a delete. */
  private static void writeOrders(MemoryEngine engine) {
    Map<String, AttributeValue> every =
        item("p", "a", "s", 1, "shipTo", "EU", "orderState", "OPEN");
    every.put("rankNo", AttributeValue.n("2.50"));
    every.put("b", AttributeValue.b(new byte[] {0, 1, (byte) 255}));
    every.put("yes", AttributeValue.bool(true));
    every.put("none", AttributeValue.nul());
    every.put("list", AttributeValue.l(AttributeValue.s("x"), AttributeValue.n(-7)));
    every.put("map", AttributeValue.m(Map.of("inner", AttributeValue.s("\u00e9t\u00e9"))));
    every.put("ss", AttributeValue.ss("b", "a"));
    every.put("ns", AttributeValue.ns("1", "-0.5"));
    every.put("bs", AttributeValue.bs(Bytes.of(new byte[] {9}), Bytes.of(new byte[0])));
    every.put("note", AttributeValue.s(""));
    put(engine, "Orders", every);
    put(
        engine,
        "Orders",
        item("p", "a", "s", 2, "shipTo", "EU", "orderState", "OPEN", "rankNo", 1));
    put(engine, "Orders", item("p", "b", "s", 1, "shipTo", "US", "orderState", "SHIPPED"));
    put(engine, "Orders", item("p", "c", "s", 1, "expires", Fixtures.START.getEpochSecond() + 60));
    engine.updateItem(
        UpdateItemRequest.builder("Orders", item("p", "b", "s", 1))
            .update(Fixtures.update("SET orderState = :v0", "OPEN"))
            .build());
    engine.deleteItem(DeleteItemRequest.builder("Orders", item("p", "a", "s", 2)).build());
  }

  /** What a reader can see of the Orders table, for comparison across a restart. */
  private record Observed(
      TableDescription table,
      List<Map<String, AttributeValue>> items,
      List<Map<String, AttributeValue>> byShipToState,
      List<Map<String, AttributeValue>> byRank,
      TimeToLiveDescription timeToLive,
      List<Tag> tags) {}

  private static Observed observe(MemoryEngine engine) {
    TableDescription table = engine.describeTable(new DescribeTableRequest("Orders"));
    boolean indexed =
        table.globalSecondaryIndexes().stream()
            .anyMatch(index -> index.indexName().equals("ByShipToState"));
    return new Observed(
        table,
        scanAll(engine, "Orders"),
        indexed
            ? engine
                .query(
                    QueryRequest.builder(
                            "Orders", key("shipTo = :v0 AND orderState = :v1", "EU", "OPEN"))
                        .indexName("ByShipToState")
                        .build())
                .items()
            : List.of(),
        engine
            .query(
                QueryRequest.builder("Orders", key("p = :v0 AND rankNo > :v1", "a", 0))
                    .indexName("ByRank")
                    .build())
            .items(),
        engine.describeTimeToLive(new DescribeTimeToLiveRequest("Orders")),
        engine.listTagsOfResource(new ListTagsOfResourceRequest(ORDERS_ARN, null)).tags());
  }

  @Test
  void cleanClose_keepsTablesIndexesItemsTimeToLiveTagsAndTheStream() {
    Observed before;
    try (MemoryEngine engine = open(data())) {
      createOrders(engine);
      writeOrders(engine);
      before = observe(engine);
    }
    try (MemoryEngine engine = open(data())) {
      Observed after = observe(engine);
      assertThat(after).isEqualTo(before);
      assertThat(after.items()).hasSize(3);
      assertThat(after.byShipToState()).hasSize(1);
      assertThat(after.timeToLive())
          .isEqualTo(new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "expires"));
    }
  }

  @Test
  void crash_keepsEveryAcknowledgedWrite_byReplayingTheLog() throws IOException {
    try (MemoryEngine engine = open(data())) {
      createOrders(engine);
      writeOrders(engine);
      Observed before = observe(engine);
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(observe(recovered)).isEqualTo(before);
      }
    }
  }

  @Test
  void crash_afterSnapshots_replaysTheLogAfterTheLastOne() throws IOException {
    // A snapshot every time the log passes 1 KiB: several during the writes, with a log after.
    try (MemoryEngine engine = MemoryEngine.open(new EngineContext(clock), data(), 1024)) {
      createOrders(engine);
      for (int i = 0; i < 40; i++) {
        put(engine, "Orders", item("p", "bulk", "s", i, "shipTo", "EU", "orderState", "OPEN"));
      }
      writeOrders(engine);
      engine.updateTable(
          new UpdateTableRequest(
              "Orders",
              List.of(s("giftKind")),
              null,
              null,
              List.of(
                  new GlobalSecondaryIndexUpdate.Create(
                      new GlobalSecondaryIndex(
                          "ByKind",
                          List.of(KeySchemaElement.hash("giftKind")),
                          IndexProjection.ALL,
                          ProvisionedThroughput.of(1, 1))))));
      put(engine, "Orders", item("p", "k", "s", 1, "giftKind", "gift"));
      Observed before = observe(engine);
      Path crashed = crashes.of(data());
      assertThat(Files.exists(crashed.resolve("snapshot"))).isTrue();
      // Each snapshot deleted the log before it: one log is left, of a later generation than 0.
      List<Path> logs = CrashCopies.logsIn(crashed);
      assertThat(logs).hasSize(1);
      // A log of another generation (left by a crash between snapshot steps) is deleted on open.
      Path stray = crashed.resolve("log-00000000000000000000");
      assertThat(logs).doesNotContain(stray);
      Files.write(stray, new byte[] {1, 2, 3});
      try (MemoryEngine recovered = open(crashed)) {
        assertThat(CrashCopies.logsIn(crashed)).isEqualTo(logs);
        assertThat(observe(recovered)).isEqualTo(before);
        assertThat(scanAll(recovered, "Orders")).hasSize(44);
        assertThat(
                recovered
                    .query(
                        QueryRequest.builder("Orders", key("giftKind = :v0", "gift"))
                            .indexName("ByKind")
                            .build())
                    .items())
            .containsExactly(item("p", "k", "s", 1, "giftKind", "gift"));
      }
    }
  }

  @Test
  void tableSettingsChanges_survive() throws IOException {
    try (MemoryEngine engine = open(data())) {
      createOrders(engine);
      put(engine, "Orders", item("p", "a", "s", 1, "shipTo", "EU", "orderState", "OPEN"));
      engine.updateTable(
          new UpdateTableRequest(
              "Orders",
              null,
              BillingMode.PAY_PER_REQUEST,
              null,
              List.of(new GlobalSecondaryIndexUpdate.Delete("ByShipToState")),
              StreamSpecification.DISABLED));
      engine.untagResource(new UntagResourceRequest(ORDERS_ARN, List.of("env")));
      engine.tagResource(new TagResourceRequest(ORDERS_ARN, List.of(new Tag("owner", "ann"))));
      engine.updateTimeToLive(new UpdateTimeToLiveRequest("Orders", "expires", false));
      withSortedAndDropped(engine);
      Observed before = observe(engine);
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(observe(recovered)).isEqualTo(before);
        assertThat(recovered.listTables(new ListTablesRequest(null, null)).tableNames())
            .containsExactly("Orders");
        assertThat(before.table().streamSpecification()).isEqualTo(StreamSpecification.DISABLED);
        assertThat(before.table().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
      }
    }
  }

  /** A table created, written and deleted again: it must stay deleted. */
  private static void withSortedAndDropped(MemoryEngine engine) {
    Fixtures.withSortedTable(engine);
    put(engine, "Sorted", item("p", "x", "s", 1));
    engine.deleteTable(new DeleteTableRequest("Sorted"));
  }

  @Test
  void tornLastRecord_isDropped_andEveryWriteBeforeItKept() throws IOException {
    try (MemoryEngine engine = open(data())) {
      Fixtures.withHashTable(engine);
      put(engine, "Hashed", item("p", "kept"));
      put(engine, "Hashed", item("p", "torn"));
      Path crashed = crashes.withTornLog(data(), 2);
      try (MemoryEngine recovered = open(crashed)) {
        assertThat(scanAll(recovered, "Hashed")).containsExactly(item("p", "kept"));
        put(recovered, "Hashed", item("p", "after"));
      }
      try (MemoryEngine reopened = open(crashed)) {
        assertThat(scanAll(reopened, "Hashed")).hasSize(2);
        assertThat(get(reopened, "Hashed", item("p", "after"))).isNotNull();
      }
    }
  }

  @Test
  void transaction_isAllOrNothing_acrossACrash() throws IOException {
    try (MemoryEngine engine = open(data())) {
      Fixtures.withHashTable(engine);
      Fixtures.withSortedTable(engine);
      put(engine, "Hashed", item("p", "before"));
      engine.transactWriteItems(
          new TransactWriteItemsRequest(
              List.of(
                  new TransactWriteItem.Put("Hashed", item("p", "t1"), null, null),
                  new TransactWriteItem.Put("Sorted", item("p", "t2", "s", 1), null, null),
                  new TransactWriteItem.Delete("Hashed", item("p", "before"), null, null)),
              null,
              null));
      Path whole = crashes.of(data());
      Path torn = crashes.withTornLog(data(), 1);
      try (MemoryEngine recovered = open(whole)) {
        assertThat(scanAll(recovered, "Hashed")).containsExactly(item("p", "t1"));
        assertThat(scanAll(recovered, "Sorted")).containsExactly(item("p", "t2", "s", 1));
      }
      try (MemoryEngine recovered = open(torn)) {
        assertThat(scanAll(recovered, "Hashed")).containsExactly(item("p", "before"));
        assertThat(scanAll(recovered, "Sorted")).isEmpty();
      }
    }
  }

  @Test
  void rejectedWrites_leaveNothingBehind() throws IOException {
    try (MemoryEngine engine = open(data())) {
      Fixtures.withHashTable(engine);
      put(engine, "Hashed", item("p", "a", "v", 1));
      assertThrows(
          ConditionalCheckFailedException.class,
          () ->
              engine.putItem(
                  PutItemRequest.builder("Hashed", item("p", "a", "v", 2))
                      .condition(Fixtures.condition("attribute_not_exists(p)"))
                      .build()));
      assertThrows(
          TransactionCanceledException.class,
          () ->
              engine.transactWriteItems(
                  new TransactWriteItemsRequest(
                      List.of(
                          new TransactWriteItem.Put("Hashed", item("p", "b"), null, null),
                          new TransactWriteItem.ConditionCheck(
                              "Hashed", item("p", "a"), Fixtures.condition("v = :v0", 5), null)),
                      null,
                      null)));
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(scanAll(recovered, "Hashed")).containsExactly(item("p", "a", "v", 1));
      }
    }
  }

  @Test
  void timeToLiveDeletions_areLogged() throws IOException {
    try (MemoryEngine engine = open(data())) {
      createOrders(engine);
      put(engine, "Orders", item("p", "gone", "s", 1, "expires", Fixtures.START.getEpochSecond()));
      put(engine, "Orders", item("p", "stays", "s", 1));
      clock.advanceSeconds(10);
      assertThat(scanAll(engine, "Orders")).containsExactly(item("p", "stays", "s", 1));
      // Recovered at a clock before the expiry: the item is gone because its deletion was logged.
      Fixtures.MovableClock early = new Fixtures.MovableClock(Fixtures.START);
      try (MemoryEngine recovered =
          MemoryEngine.open(new EngineContext(early), crashes.of(data()))) {
        assertThat(scanAll(recovered, "Orders")).containsExactly(item("p", "stays", "s", 1));
      }
    }
  }

  @Test
  void corruptSnapshot_isAnErrorNamingTheFile() throws IOException {
    try (MemoryEngine engine = open(data())) {
      Fixtures.withHashTable(engine);
    }
    Path snapshot = data().resolve("snapshot");
    byte[] good = Files.readAllBytes(snapshot);
    byte[] corrupt = good.clone();
    corrupt[corrupt.length - 1] ^= 1;
    Files.write(snapshot, corrupt);
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> open(data()));
    assertThat(error).hasMessageThat().contains(snapshot.toString());
    assertThat(error).hasMessageThat().contains("corrupt");
    // The failed open released the directory: once repaired, it opens.
    Files.write(snapshot, good);
    try (MemoryEngine repaired = open(data())) {
      assertThat(repaired.listTables(new ListTablesRequest(null, null)).tableNames())
          .containsExactly("Hashed");
    }
  }

  @Test
  void concurrentWriters_eachAcknowledgedWriteSurvives() throws Exception {
    int writers = 4;
    int writes = 50;
    try (MemoryEngine engine = open(data())) {
      Fixtures.withHashTable(engine);
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        threads.add(
            new Thread(
                () -> {
                  for (int i = 0; i < writes; i++) {
                    put(engine, "Hashed", item("p", writer + "-" + i));
                  }
                }));
      }
      threads.forEach(Thread::start);
      for (Thread thread : threads) {
        thread.join();
      }
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(scanAll(recovered, "Hashed")).hasSize(writers * writes);
      }
    }
  }

  @Test
  void logOfAnotherFormatVersion_isRefusedNamingTheFile() throws IOException {
    Files.createDirectories(data());
    Path log = data().resolve("log-00000000000000000001");
    try (WriteAheadLog written = WriteAheadLog.open(log)) {
      written.append(new DataWriter().writeString("KEYSPAN-LOG").writeInt(99).toByteArray());
    }
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> open(data()));
    assertThat(error).hasMessageThat().contains(log.toString());
    assertThat(error).hasMessageThat().contains("version 99");
    assertThat(error).hasMessageThat().contains("reads versions 1 to " + DurableFormat.VERSION);
  }

  @Test
  void secondEngineOnADirectory_isRefused_untilTheFirstCloses() {
    try (MemoryEngine first = open(data())) {
      IllegalStateException error = assertThrows(IllegalStateException.class, () -> open(data()));
      assertThat(error).hasMessageThat().contains(data().toString());
      assertThat(error).hasMessageThat().contains("in use");
    }
    MemoryEngine again = open(data());
    again.close();
    again.close(); // a second close does nothing
    open(data()).close();
  }
}
