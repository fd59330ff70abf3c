package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ShardIteratorType;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.StreamStatus;
import io.keyspan.engine.stream.StreamSummary;
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.exception.ExpiredIteratorException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.TrimmedDataAccessException;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.ItemSize;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The change feed: one stream record per item changed, in commit order, read through the DynamoDB
 * Streams API of the engine SPI, with time driven by the engine's clock.
 */
class StreamFeedTest {
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Fixtures.START);
  private final MemoryEngine engine = Fixtures.engine(clock);
  private final Streams streams = engine.streams().orElseThrow();

  private TableDescription create(String name, StreamViewType viewType) {
    return engine.createTable(table(name, StreamSpecification.enabled(viewType)));
  }

  private static CreateTableRequest table(String name, StreamSpecification stream) {
    return new CreateTableRequest(
        name,
        List.of(s("p")),
        List.of(KeySchemaElement.hash("p")),
        null,
        null,
        BillingMode.PAY_PER_REQUEST,
        null,
        stream,
        null);
  }

  private String arn(String table) {
    return engine.describeTable(new DescribeTableRequest(table)).latestStreamArn();
  }

  private String shard(String streamArn) {
    return streams
        .describeStream(new DescribeStreamRequest(streamArn, null, null))
        .shards()
        .get(0)
        .shardId();
  }

  private String iterator(String table, ShardIteratorType type, String sequenceNumber) {
    String streamArn = arn(table);
    return streams.getShardIterator(
        new GetShardIteratorRequest(streamArn, shard(streamArn), type, sequenceNumber));
  }

  private List<ChangeRecord> all(String table) {
    return streams
        .getRecords(
            new GetRecordsRequest(iterator(table, ShardIteratorType.TRIM_HORIZON, null), null))
        .records();
  }

  private static List<EventName> events(List<ChangeRecord> records) {
    return records.stream().map(ChangeRecord::eventName).toList();
  }

  @Test
  void createTable_withStream_isDescribedAndListed() {
    TableDescription created = create("Users", StreamViewType.NEW_IMAGE);
    assertThat(created.streamSpecification())
        .isEqualTo(StreamSpecification.enabled(StreamViewType.NEW_IMAGE));
    assertThat(created.latestStreamLabel()).isEqualTo("2026-01-01T00:00:00.000");
    assertThat(created.latestStreamArn())
        .isEqualTo(
            "arn:aws:dynamodb:ddblocal:000000000000:table/Users/stream/2026-01-01T00:00:00.000");
    StreamDescription stream =
        streams.describeStream(new DescribeStreamRequest(created.latestStreamArn(), null, null));
    assertThat(stream.streamStatus()).isEqualTo(StreamStatus.ENABLED);
    assertThat(stream.tableName()).isEqualTo("Users");
    assertThat(stream.shards()).hasSize(1);
    assertThat(stream.shards().get(0).endingSequenceNumber()).isNull();
    assertThat(streams.listStreams(new ListStreamsRequest(null, null, null)).streams())
        .containsExactly(
            new StreamSummary(created.latestStreamArn(), "Users", created.latestStreamLabel()));
  }

  @Test
  void tableWithoutStream_describesItDisabled_andHasNoStreams() {
    engine.createTable(
        Fixtures.table("Plain", List.of(s("p")), List.of(KeySchemaElement.hash("p"))));
    TableDescription plain = engine.describeTable(new DescribeTableRequest("Plain"));
    assertThat(plain.streamSpecification()).isEqualTo(StreamSpecification.DISABLED);
    assertThat(plain.latestStreamArn()).isNull();
    put(engine, "Plain", item("p", "a"));
    assertThat(streams.listStreams(new ListStreamsRequest(null, null, null)).streams()).isEmpty();
  }

  @Test
  void putUpdateDelete_areInsertModifyRemove_withBothImages_inCommitOrder() {
    create("Users", StreamViewType.NEW_AND_OLD_IMAGES);
    put(engine, "Users", item("p", "a", "n", 1));
    clock.advanceSeconds(5);
    engine.updateItem(
        UpdateItemRequest.builder("Users", item("p", "a"))
            .update(update("SET n = :v0", 2))
            .build());
    engine.deleteItem(DeleteItemRequest.builder("Users", item("p", "a")).build());
    List<ChangeRecord> records = all("Users");
    assertThat(events(records))
        .containsExactly(EventName.INSERT, EventName.MODIFY, EventName.REMOVE)
        .inOrder();
    ChangeRecord insert = records.get(0);
    assertThat(insert.keys()).isEqualTo(item("p", "a"));
    assertThat(insert.oldImage()).isNull();
    assertThat(insert.newImage()).isEqualTo(item("p", "a", "n", 1));
    assertThat(insert.approximateCreationDateTime()).isEqualTo(Fixtures.START);
    assertThat(insert.userIdentity()).isNull();
    assertThat(insert.sizeBytes())
        .isEqualTo(ItemSize.of(item("p", "a")) + ItemSize.of(item("p", "a", "n", 1)));
    ChangeRecord modify = records.get(1);
    assertThat(modify.oldImage()).isEqualTo(item("p", "a", "n", 1));
    assertThat(modify.newImage()).isEqualTo(item("p", "a", "n", 2));
    assertThat(modify.approximateCreationDateTime()).isEqualTo(Fixtures.START.plusSeconds(5));
    ChangeRecord remove = records.get(2);
    assertThat(remove.oldImage()).isEqualTo(item("p", "a", "n", 2));
    assertThat(remove.newImage()).isNull();
    assertThat(records.stream().map(ChangeRecord::sequenceNumber).toList()).isInStrictOrder();
    assertThat(records.stream().map(ChangeRecord::eventId).distinct().count()).isEqualTo(3);
  }

  @Test
  void viewType_decidesWhichImagesAreCarried() {
    create("Keys", StreamViewType.KEYS_ONLY);
    create("Olds", StreamViewType.OLD_IMAGE);
    for (String table : List.of("Keys", "Olds")) {
      put(engine, table, item("p", "a", "n", 1));
      put(engine, table, item("p", "a", "n", 2));
    }
    ChangeRecord keysOnly = all("Keys").get(1);
    assertThat(keysOnly.keys()).isEqualTo(item("p", "a"));
    assertThat(keysOnly.oldImage()).isNull();
    assertThat(keysOnly.newImage()).isNull();
    assertThat(keysOnly.sizeBytes()).isEqualTo(ItemSize.of(item("p", "a")));
    ChangeRecord oldOnly = all("Olds").get(1);
    assertThat(oldOnly.oldImage()).isEqualTo(item("p", "a", "n", 1));
    assertThat(oldOnly.newImage()).isNull();
    assertThat(oldOnly.streamViewType()).isEqualTo(StreamViewType.OLD_IMAGE);
  }

  /** Streams.html: a put or update that changes no data writes no stream record. */
  @Test
  void writesThatChangeNothing_writeNoRecord() {
    create("Users", StreamViewType.NEW_IMAGE);
    put(engine, "Users", item("p", "a", "n", 1));
    put(engine, "Users", item("p", "a", "n", 1));
    engine.updateItem(
        UpdateItemRequest.builder("Users", item("p", "a"))
            .update(update("SET n = :v0", 1))
            .build());
    engine.deleteItem(DeleteItemRequest.builder("Users", item("p", "missing")).build());
    assertThat(events(all("Users"))).containsExactly(EventName.INSERT);
  }

  @Test
  void batchAndTransactionMembers_eachWriteOneRecord_andCanceledTransactionsNone() {
    create("Users", StreamViewType.NEW_IMAGE);
    put(engine, "Users", item("p", "old"));
    engine.batchWriteItem(
        new BatchWriteItemRequest(
            Map.of(
                "Users",
                List.of(
                    new WriteRequest.Put(item("p", "new")),
                    new WriteRequest.Delete(item("p", "old")))),
            null));
    engine.transactWriteItems(
        new TransactWriteItemsRequest(
            List.of(
                new TransactWriteItem.Put("Users", item("p", "t1"), null, null),
                new TransactWriteItem.Delete("Users", item("p", "new"), null, null)),
            null,
            null));
    assertThrows(
        TransactionCanceledException.class,
        () ->
            engine.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.Put("Users", item("p", "t2"), null, null),
                        new TransactWriteItem.Delete(
                            "Users", item("p", "t1"), condition("attribute_not_exists(p)"), null)),
                    null,
                    null)));
    List<ChangeRecord> records = all("Users");
    assertThat(events(records))
        .containsExactly(
            EventName.INSERT,
            EventName.INSERT,
            EventName.REMOVE,
            EventName.INSERT,
            EventName.REMOVE)
        .inOrder();
    assertThat(records.get(3).keys()).isEqualTo(item("p", "t1"));
  }

  @Test
  void timeToLiveDeletions_carryTheServiceIdentity() {
    create("Sessions", StreamViewType.OLD_IMAGE);
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", "expires", true));
    put(engine, "Sessions", item("p", "a", "expires", Fixtures.START.getEpochSecond() + 10));
    clock.advanceSeconds(11);
    List<ChangeRecord> records = all("Sessions");
    assertThat(events(records)).containsExactly(EventName.INSERT, EventName.REMOVE).inOrder();
    assertThat(records.get(1).userIdentity()).isEqualTo(UserIdentity.TIME_TO_LIVE);
    assertThat(records.get(1).userIdentity().type()).isEqualTo("Service");
    assertThat(records.get(1).userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
  }

  @Test
  void iteratorTypes_startWhereTheySay_andPagesFollowLimit() {
    create("Users", StreamViewType.KEYS_ONLY);
    put(engine, "Users", item("p", "a"));
    put(engine, "Users", item("p", "b"));
    put(engine, "Users", item("p", "c"));
    List<ChangeRecord> all = all("Users");
    String second = all.get(1).sequenceNumber();
    assertThat(records(iterator("Users", ShardIteratorType.AT_SEQUENCE_NUMBER, second)))
        .containsExactly(all.get(1), all.get(2))
        .inOrder();
    assertThat(records(iterator("Users", ShardIteratorType.AFTER_SEQUENCE_NUMBER, second)))
        .containsExactly(all.get(2));
    String latest = iterator("Users", ShardIteratorType.LATEST, null);
    put(engine, "Users", item("p", "d"));
    assertThat(records(latest).get(0).keys()).isEqualTo(item("p", "d"));

    GetRecordsResponse first =
        streams.getRecords(
            new GetRecordsRequest(iterator("Users", ShardIteratorType.TRIM_HORIZON, null), 2));
    assertThat(first.records()).containsExactly(all.get(0), all.get(1)).inOrder();
    GetRecordsResponse rest =
        streams.getRecords(new GetRecordsRequest(first.nextShardIterator(), 2));
    assertThat(events(rest.records())).hasSize(2);
    GetRecordsResponse tip = streams.getRecords(new GetRecordsRequest(rest.nextShardIterator(), 2));
    assertThat(tip.records()).isEmpty();
    assertThat(tip.nextShardIterator()).isNotNull();
    put(engine, "Users", item("p", "e"));
    assertThat(records(tip.nextShardIterator()).get(0).keys()).isEqualTo(item("p", "e"));
  }

  private List<ChangeRecord> records(String iterator) {
    return streams.getRecords(new GetRecordsRequest(iterator, null)).records();
  }

  @Test
  void iterators_expireAfterFifteenMinutes() {
    create("Users", StreamViewType.KEYS_ONLY);
    String iterator = iterator("Users", ShardIteratorType.TRIM_HORIZON, null);
    clock.advanceSeconds(15 * 60 - 1);
    String next = streams.getRecords(new GetRecordsRequest(iterator, null)).nextShardIterator();
    clock.advanceSeconds(1);
    ExpiredIteratorException error =
        assertThrows(
            ExpiredIteratorException.class,
            () -> streams.getRecords(new GetRecordsRequest(iterator, null)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("The provided iterator exceeds the maximum age allowed.");
    // Each page's next iterator has its own fifteen minutes.
    assertThat(streams.getRecords(new GetRecordsRequest(next, null)).records()).isEmpty();
  }

  @Test
  void recordsOlderThan24Hours_areTrimmed() {
    create("Users", StreamViewType.KEYS_ONLY);
    put(engine, "Users", item("p", "a"));
    String oldNumber = all("Users").get(0).sequenceNumber();
    String stale = iterator("Users", ShardIteratorType.TRIM_HORIZON, null);
    clock.advanceSeconds(24 * 3600 - 600);
    put(engine, "Users", item("p", "b"));
    clock.advanceSeconds(600);
    assertThat(all("Users").stream().map(ChangeRecord::keys).toList())
        .containsExactly(item("p", "b"));
    assertThrows(
        TrimmedDataAccessException.class,
        () -> iterator("Users", ShardIteratorType.AT_SEQUENCE_NUMBER, oldNumber));
    assertThrows(ExpiredIteratorException.class, () -> records(stale));
  }

  @Test
  void disablingAndEnablingAgain_closesTheShard_andMakesANewStream() {
    TableDescription created = create("Users", StreamViewType.KEYS_ONLY);
    String firstArn = created.latestStreamArn();
    put(engine, "Users", item("p", "a"));
    String beforeDisabling = iterator("Users", ShardIteratorType.TRIM_HORIZON, null);
    TableDescription disabled =
        engine.updateTable(
            new UpdateTableRequest("Users", null, null, null, null, StreamSpecification.DISABLED));
    assertThat(disabled.streamSpecification()).isEqualTo(StreamSpecification.DISABLED);
    assertThat(disabled.latestStreamArn()).isEqualTo(firstArn);
    put(engine, "Users", item("p", "b"));
    StreamDescription closed =
        streams.describeStream(new DescribeStreamRequest(firstArn, null, null));
    assertThat(closed.streamStatus()).isEqualTo(StreamStatus.DISABLED);
    assertThat(closed.shards().get(0).endingSequenceNumber())
        .isEqualTo(all("Users").get(0).sequenceNumber());
    GetRecordsResponse last = streams.getRecords(new GetRecordsRequest(beforeDisabling, null));
    assertThat(last.records()).hasSize(1);
    assertThat(last.nextShardIterator()).isNull();

    clock.advanceSeconds(1);
    TableDescription enabled =
        engine.updateTable(
            new UpdateTableRequest(
                "Users",
                null,
                null,
                null,
                null,
                StreamSpecification.enabled(StreamViewType.NEW_IMAGE)));
    assertThat(enabled.latestStreamArn()).isNotEqualTo(firstArn);
    assertThat(enabled.latestStreamLabel()).isEqualTo("2026-01-01T00:00:01.000");
    put(engine, "Users", item("p", "c"));
    assertThat(all("Users").get(0).newImage()).isEqualTo(item("p", "c"));
    assertThat(streams.listStreams(new ListStreamsRequest("Users", null, null)).streams())
        .hasSize(2);

    clock.advanceSeconds(24 * 3600);
    assertThrows(
        ResourceNotFoundException.class,
        () -> streams.describeStream(new DescribeStreamRequest(firstArn, null, null)));
    assertThat(streams.listStreams(new ListStreamsRequest("Users", null, null)).streams())
        .hasSize(1);
  }

  @Test
  void enablingAnEnabledStream_orWithoutAViewType_isRejected_andChangesNothing() {
    create("Users", StreamViewType.KEYS_ONLY);
    String arn = arn("Users");
    ValidationException twice =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateTable(
                    new UpdateTableRequest(
                        "Users",
                        null,
                        null,
                        null,
                        null,
                        StreamSpecification.enabled(StreamViewType.NEW_IMAGE))));
    assertThat(twice).hasMessageThat().contains("Table already has an enabled stream");
    assertThat(arn("Users")).isEqualTo(arn);
    assertThrows(
        ValidationException.class,
        () -> engine.createTable(table("Other", new StreamSpecification(true, null))));
    assertThat(engine.listTables(new ListTablesRequest(null, null)).tableNames())
        .containsExactly("Users");
  }

  @Test
  void deletedTable_leavesItsStreamReadable_disabled() {
    create("Users", StreamViewType.KEYS_ONLY);
    put(engine, "Users", item("p", "a"));
    String arn = arn("Users");
    String iterator = iterator("Users", ShardIteratorType.TRIM_HORIZON, null);
    engine.deleteTable(new DeleteTableRequest("Users"));
    assertThat(streams.describeStream(new DescribeStreamRequest(arn, null, null)).streamStatus())
        .isEqualTo(StreamStatus.DISABLED);
    assertThat(records(iterator)).hasSize(1);
  }

  @Test
  void badIteratorsAndShards_areClearErrors() {
    create("Users", StreamViewType.KEYS_ONLY);
    String arn = arn("Users");
    assertThat(assertThrows(ValidationException.class, () -> records("not an iterator!")))
        .hasMessageThat()
        .isEqualTo("Invalid ShardIterator");
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            streams.getShardIterator(
                new GetShardIteratorRequest(
                    arn, "shardId-nope", ShardIteratorType.TRIM_HORIZON, null)));
    assertThrows(
        ResourceNotFoundException.class,
        () -> streams.describeStream(new DescribeStreamRequest(arn + "x", null, null)));
    assertThat(
            assertThrows(
                ValidationException.class,
                () -> iterator("Users", ShardIteratorType.AT_SEQUENCE_NUMBER, null)))
        .hasMessageThat()
        .contains("SequenceNumber is required");
    assertThrows(
        ValidationException.class,
        () ->
            streams.getRecords(
                new GetRecordsRequest(iterator("Users", ShardIteratorType.LATEST, null), 1001)));
  }
}
