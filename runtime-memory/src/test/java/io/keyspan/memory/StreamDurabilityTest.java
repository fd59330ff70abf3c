package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.scanAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ShardIteratorType;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.exception.TrimmedDataAccessException;
import io.keyspan.value.AttributeValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stream records and shards kept by a data directory: read back after a restart exactly as they
 * were read before it, from the log, the snapshot or both, never doubled, trimmed by the engine's
 * clock, and all or nothing with the write that made them.
 */
class StreamDurabilityTest {
  @TempDir Path temporary;
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Fixtures.START);
  private CrashCopies crashes;

  @BeforeEach
  void crashesIntoTemporary() {
    crashes = new CrashCopies(temporary);
  }

  private Path data() {
    return temporary.resolve("data");
  }

  private MemoryEngine open(Path directory) {
    return MemoryEngine.open(new EngineContext(clock), directory);
  }

  private static void createTable(MemoryEngine engine, String name, StreamViewType viewType) {
    engine.createTable(
        new CreateTableRequest(
            name,
            List.of(s("p")),
            List.of(KeySchemaElement.hash("p")),
            null,
            null,
            BillingMode.PAY_PER_REQUEST,
            null,
            StreamSpecification.enabled(viewType),
            null));
  }

  /**
   * Table "Orders" with a NEW_AND_OLD_IMAGES stream and time to live, and one record of each kind:
   * inserts, a modify, a put that changes nothing (no record), a delete and a time-to-live deletion
   * (made by DynamoDB's service identity).
   */
  private void ordersWithEveryKindOfRecord(MemoryEngine engine) {
    createTable(engine, "Orders", StreamViewType.NEW_AND_OLD_IMAGES);
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Orders", "expires", true));
    put(engine, "Orders", item("p", "a", "v", 1));
    put(engine, "Orders", item("p", "b", "v", 1));
    engine.updateItem(
        UpdateItemRequest.builder("Orders", item("p", "b"))
            .update(Fixtures.update("SET v = :v0", 2))
            .build());
    put(engine, "Orders", item("p", "b", "v", 2));
    engine.deleteItem(DeleteItemRequest.builder("Orders", item("p", "a")).build());
    put(engine, "Orders", item("p", "c", "expires", Fixtures.START.getEpochSecond() + 60));
    clock.advanceSeconds(120);
    assertThat(scanAll(engine, "Orders")).containsExactly(item("p", "b", "v", 2));
  }

  /** What a stream reader sees: the stream's description and shards, and every record. */
  private record Observed(StreamDescription description, List<ChangeRecord> records) {}

  private static Observed observe(MemoryEngine engine, String arn) {
    Streams streams = engine.streams().orElseThrow();
    StreamDescription description =
        streams.describeStream(new DescribeStreamRequest(arn, null, null));
    return new Observed(description, read(engine, arn, ShardIteratorType.TRIM_HORIZON, null));
  }

  private static List<ChangeRecord> read(
      MemoryEngine engine, String arn, ShardIteratorType type, String sequenceNumber) {
    Streams streams = engine.streams().orElseThrow();
    String shard =
        streams
            .describeStream(new DescribeStreamRequest(arn, null, null))
            .shards()
            .get(0)
            .shardId();
    String iterator =
        streams.getShardIterator(new GetShardIteratorRequest(arn, shard, type, sequenceNumber));
    return streams.getRecords(new GetRecordsRequest(iterator, null)).records();
  }

  private static String arn(MemoryEngine engine, String table) {
    return engine.describeTable(new DescribeTableRequest(table)).latestStreamArn();
  }

  private static List<EventName> events(List<ChangeRecord> records) {
    return records.stream().map(ChangeRecord::eventName).toList();
  }

  private static List<AttributeValue> keys(List<ChangeRecord> records) {
    return records.stream().map(record -> record.keys().get("p")).toList();
  }

  @Test
  void recordsAndShard_surviveACrash_byReplayingTheLog() throws IOException {
    try (MemoryEngine engine = open(data())) {
      ordersWithEveryKindOfRecord(engine);
      String arn = arn(engine, "Orders");
      Observed before = observe(engine, arn);
      assertThat(events(before.records()))
          .containsExactly(
              EventName.INSERT,
              EventName.INSERT,
              EventName.MODIFY,
              EventName.REMOVE,
              EventName.INSERT,
              EventName.REMOVE)
          .inOrder();
      assertThat(before.records().get(5).userIdentity()).isEqualTo(UserIdentity.TIME_TO_LIVE);
      assertThat(before.records().get(2).oldImage()).isEqualTo(item("p", "b", "v", 1));
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(observe(recovered, arn)).isEqualTo(before);
      }
    }
  }

  @Test
  void recordsAndShard_surviveACleanClose_fromTheSnapshotAlone() throws IOException {
    String arn;
    Observed before;
    try (MemoryEngine engine = open(data())) {
      ordersWithEveryKindOfRecord(engine);
      arn = arn(engine, "Orders");
      before = observe(engine, arn);
    }
    // The close wrote a snapshot and left a log holding just its header.
    List<Path> logs = CrashCopies.logsIn(data());
    assertThat(logs).hasSize(1);
    assertThat(Files.size(logs.get(0)))
        .isEqualTo(LogRecordFormat.HEADER_BYTES + DurableFormat.logHeader().length);
    try (MemoryEngine engine = open(data())) {
      assertThat(observe(engine, arn)).isEqualTo(before);
      assertThat(before.records()).hasSize(6);
    }
  }

  @Test
  void recordsAndShard_surviveASnapshotFollowedByALog_withoutDuplicates() throws IOException {
    // A snapshot every time the log passes 1 KiB: several during the writes, with a log after.
    try (MemoryEngine engine = MemoryEngine.open(new EngineContext(clock), data(), 1024)) {
      createTable(engine, "Orders", StreamViewType.NEW_IMAGE);
      for (int i = 0; i < 40; i++) {
        put(engine, "Orders", item("p", "k" + i, "v", i));
      }
      String arn = arn(engine, "Orders");
      Observed before = observe(engine, arn);
      Path crashed = crashes.of(data());
      assertThat(Files.exists(crashed.resolve("snapshot"))).isTrue();
      Path log = CrashCopies.logsIn(crashed).get(0);
      assertThat(Files.size(log))
          .isGreaterThan(LogRecordFormat.HEADER_BYTES + DurableFormat.logHeader().length);
      try (MemoryEngine recovered = open(crashed)) {
        Observed after = observe(recovered, arn);
        assertThat(after).isEqualTo(before);
        assertThat(after.records()).hasSize(40);
        assertThat(after.records().stream().map(ChangeRecord::sequenceNumber).distinct().count())
            .isEqualTo(40);
      }
    }
  }

  @Test
  void restartsNeverDoubleRecords_andACheckpointResumesAfterThem() throws IOException {
    String arn;
    String checkpoint;
    try (MemoryEngine engine = open(data())) {
      createTable(engine, "Orders", StreamViewType.KEYS_ONLY);
      put(engine, "Orders", item("p", "1"));
      put(engine, "Orders", item("p", "2"));
      arn = arn(engine, "Orders");
      checkpoint = observe(engine, arn).records().get(1).sequenceNumber();
      put(engine, "Orders", item("p", "3"));
    }
    // Reopened (snapshot), written, crashed (snapshot and log), recovered, reopened again.
    try (MemoryEngine engine = open(data())) {
      put(engine, "Orders", item("p", "4"));
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(keys(observe(recovered, arn).records()))
            .containsExactly(text("1"), text("2"), text("3"), text("4"))
            .inOrder();
      }
    }
    try (MemoryEngine engine = open(data())) {
      List<ChangeRecord> all = observe(engine, arn).records();
      assertThat(keys(all)).containsExactly(text("1"), text("2"), text("3"), text("4")).inOrder();
      List<ChangeRecord> resumed =
          read(engine, arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, checkpoint);
      assertThat(resumed).isEqualTo(all.subList(2, 4));
      // New records continue after the restored ones.
      put(engine, "Orders", item("p", "5"));
      List<ChangeRecord> later = observe(engine, arn).records();
      assertThat(later.get(4).sequenceNumber().compareTo(all.get(3).sequenceNumber()))
          .isGreaterThan(0);
    }
  }

  private static AttributeValue text(String value) {
    return AttributeValue.s(value);
  }

  @Test
  void recordsPastTheRetention_areTrimmedAfterARestart_byTheEngineClock() throws IOException {
    Path crashed;
    String arn;
    String old;
    try (MemoryEngine engine = open(data())) {
      createTable(engine, "Orders", StreamViewType.KEYS_ONLY);
      put(engine, "Orders", item("p", "old"));
      clock.advanceSeconds(2 * 3600);
      put(engine, "Orders", item("p", "young"));
      arn = arn(engine, "Orders");
      old = observe(engine, arn).records().get(0).sequenceNumber();
      crashed = crashes.of(data());
    }
    // An hour later both are retained; 25 hours after the first only the second is, by either path.
    clock.advanceSeconds(-3600);
    try (MemoryEngine engine = open(crashes.of(crashed))) {
      assertThat(keys(observe(engine, arn).records()))
          .containsExactly(text("old"), text("young"))
          .inOrder();
    }
    clock.advanceSeconds(24 * 3600);
    for (Path directory : List.of(crashed, data())) {
      try (MemoryEngine engine = open(directory)) {
        assertThat(keys(observe(engine, arn).records())).containsExactly(text("young"));
        assertThrows(
            TrimmedDataAccessException.class,
            () -> read(engine, arn, ShardIteratorType.AT_SEQUENCE_NUMBER, old));
      }
    }
  }

  @Test
  void transactionRecords_areAllOrNothing_withTheTransaction_acrossACrash() throws IOException {
    try (MemoryEngine engine = open(data())) {
      createTable(engine, "Orders", StreamViewType.NEW_AND_OLD_IMAGES);
      createTable(engine, "Audit", StreamViewType.KEYS_ONLY);
      put(engine, "Orders", item("p", "before"));
      engine.transactWriteItems(
          new TransactWriteItemsRequest(
              List.of(
                  new TransactWriteItem.Put("Orders", item("p", "t1"), null, null),
                  new TransactWriteItem.Put("Audit", item("p", "t2"), null, null),
                  new TransactWriteItem.Delete("Orders", item("p", "before"), null, null)),
              null,
              null));
      String orders = arn(engine, "Orders");
      String audit = arn(engine, "Audit");
      Observed ordersBefore = observe(engine, orders);
      Observed auditBefore = observe(engine, audit);
      assertThat(ordersBefore.records()).hasSize(3);
      Path whole = crashes.of(data());
      Path torn = crashes.withTornLog(data(), 1);
      try (MemoryEngine recovered = open(whole)) {
        assertThat(observe(recovered, orders)).isEqualTo(ordersBefore);
        assertThat(observe(recovered, audit)).isEqualTo(auditBefore);
      }
      // The torn transaction loses its items and every one of its records, on both tables.
      try (MemoryEngine recovered = open(torn)) {
        assertThat(scanAll(recovered, "Orders")).containsExactly(item("p", "before"));
        assertThat(observe(recovered, orders).records())
            .containsExactly(ordersBefore.records().get(0));
        assertThat(observe(recovered, audit).records()).isEmpty();
      }
    }
  }

  @Test
  void replacedAndDeletedTablesStreams_keepTheirRecordsAndClosedShards() throws IOException {
    String first;
    String second;
    Observed firstBefore;
    Observed secondBefore;
    try (MemoryEngine engine = open(data())) {
      createTable(engine, "Orders", StreamViewType.NEW_IMAGE);
      put(engine, "Orders", item("p", "a"));
      first = arn(engine, "Orders");
      engine.updateTable(
          new UpdateTableRequest("Orders", null, null, null, null, StreamSpecification.DISABLED));
      clock.advanceSeconds(1);
      engine.updateTable(
          new UpdateTableRequest(
              "Orders",
              null,
              null,
              null,
              null,
              StreamSpecification.enabled(StreamViewType.KEYS_ONLY)));
      put(engine, "Orders", item("p", "b"));
      second = arn(engine, "Orders");
      engine.deleteTable(new DeleteTableRequest("Orders"));
      firstBefore = observe(engine, first);
      secondBefore = observe(engine, second);
      assertThat(firstBefore.description().shards().get(0).endingSequenceNumber())
          .isEqualTo(firstBefore.records().get(0).sequenceNumber());
      assertThat(secondBefore.description().shards().get(0).endingSequenceNumber())
          .isEqualTo(secondBefore.records().get(0).sequenceNumber());
      try (MemoryEngine recovered = open(crashes.of(data()))) {
        assertThat(observe(recovered, first)).isEqualTo(firstBefore);
        assertThat(observe(recovered, second)).isEqualTo(secondBefore);
      }
    }
    try (MemoryEngine engine = open(data())) {
      assertThat(observe(engine, first)).isEqualTo(firstBefore);
      assertThat(observe(engine, second)).isEqualTo(secondBefore);
    }
  }

  @Test
  void directoryOfFormatVersion1_opens_itsStreamsEmpty_andIsRewrittenAsVersion2()
      throws IOException {
    String arn;
    String lastBefore;
    try (MemoryEngine engine = open(data())) {
      createTable(engine, "Orders", StreamViewType.KEYS_ONLY);
      put(engine, "Orders", item("p", "a"));
      arn = arn(engine, "Orders");
      lastBefore = observe(engine, arn).records().get(0).sequenceNumber();
    }
    Path old = temporary.resolve("version1");
    writeAsVersion1(data(), old, item("p", "b"));
    try (MemoryEngine engine = open(old)) {
      assertThat(scanAll(engine, "Orders")).containsExactly(item("p", "a"), item("p", "b"));
      assertThat(arn(engine, "Orders")).isEqualTo(arn);
      assertThat(observe(engine, arn).records()).isEmpty();
      assertThrows(
          TrimmedDataAccessException.class,
          () -> read(engine, arn, ShardIteratorType.AT_SEQUENCE_NUMBER, lastBefore));
      // Rewritten at once: a version 2 snapshot and an empty version 2 log.
      assertThat(versionOf(new SnapshotFile(old.resolve("snapshot")).read().orElseThrow()))
          .isEqualTo(DurableFormat.VERSION);
      List<Path> logs = CrashCopies.logsIn(old);
      assertThat(logs).hasSize(1);
      assertThat(Files.size(logs.get(0)))
          .isEqualTo(LogRecordFormat.HEADER_BYTES + DurableFormat.logHeader().length);
      put(engine, "Orders", item("p", "c"));
    }
    try (MemoryEngine engine = open(old)) {
      List<ChangeRecord> records = observe(engine, arn).records();
      assertThat(keys(records)).containsExactly(text("c"));
      assertThat(records.get(0).sequenceNumber().compareTo(lastBefore)).isGreaterThan(0);
    }
  }

  private static int versionOf(byte[] payload) {
    DataReader in = new DataReader(payload);
    in.readString();
    return in.readInt();
  }

  /**
   * Writes the catalog of a closed version 2 directory as version 1 did: a snapshot without
   * streams, then a log with one commit that put {@code item} (version 1 kept its stream record
   * only in memory, so the commit moves the sequence-number counter on by one and logs no record).
   */
  private void writeAsVersion1(Path from, Path to, Map<String, AttributeValue> item)
      throws IOException {
    Catalog catalog = new Catalog(clock, ItemChanges.NONE);
    DurableFormat.readSnapshot(
        new SnapshotFile(from.resolve("snapshot")).read().orElseThrow(), catalog, from);
    StreamRegistry streams = catalog.streams;
    DataWriter out = new DataWriter().writeString("KEYSPAN-SNAPSHOT").writeInt(1).writeLong(1);
    out.writeLong(streams.lastSequenceNumber()).writeLong(streams.shardsCreated());
    out.writeInt(catalog.tables.size());
    for (StoredTable table : catalog.tables.values()) {
      TableImage.of(table).write(out);
      out.writeInt(table.itemCount());
      Iterator<OrderedStore.Entry> items = table.items().scan(0, null, null);
      while (items.hasNext()) {
        out.writeItem(items.next().item());
      }
    }
    Files.createDirectories(to);
    new SnapshotFile(to.resolve("snapshot")).write(out.toByteArray());
    try (WriteAheadLog log = WriteAheadLog.open(to.resolve("log-00000000000000000001"))) {
      log.append(new DataWriter().writeString("KEYSPAN-LOG").writeInt(1).toByteArray());
      log.append(
          DurableFormat.commit(
              new DurableFormat.Counters(streams.lastSequenceNumber() + 1, streams.shardsCreated()),
              List.of(new Change.ItemWritten("Orders", item, item))));
      log.force();
    }
  }
}
