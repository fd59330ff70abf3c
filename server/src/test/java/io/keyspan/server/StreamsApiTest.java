package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.Engines;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The DynamoDB Streams API on the server's endpoint, driven by the unmodified SDK v2 {@link
 * DynamoDbStreamsClient} over the in-memory engine, with time on a clock the test moves.
 */
class StreamsApiTest {
  private final MovableClock clock = new MovableClock();
  private Engine engine;
  private KeyspanServer server;
  private DynamoDbClient dynamo;
  private DynamoDbStreamsClient streams;

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advanceSeconds(long seconds) {
      now = now.plusSeconds(seconds);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @BeforeEach
  void start() {
    engine = Engines.open("memory:", new EngineContext(clock));
    server = KeyspanServer.start(engine, 0);
    URI endpoint = server.endpoint();
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret"));
    dynamo =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    streams =
        DynamoDbStreamsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterEach
  void stop() {
    streams.close();
    dynamo.close();
    server.close();
    engine.close();
  }

  private TableDescription createUsers(StreamViewType viewType) {
    return dynamo
        .createTable(
            request ->
                request
                    .tableName("Users")
                    .attributeDefinitions(
                        AttributeDefinition.builder()
                            .attributeName("id")
                            .attributeType(ScalarAttributeType.S)
                            .build())
                    .keySchema(
                        KeySchemaElement.builder()
                            .attributeName("id")
                            .keyType(KeyType.HASH)
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .streamSpecification(
                        StreamSpecification.builder()
                            .streamEnabled(true)
                            .streamViewType(viewType)
                            .build()))
        .tableDescription();
  }

  private static Map<String, AttributeValue> user(String id, String name) {
    return Map.of("id", s(id), "name", s(name));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private String trimHorizon(String streamArn) {
    Shard shard =
        streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards().get(0);
    return streams
        .getShardIterator(
            r ->
                r.streamArn(streamArn)
                    .shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
        .shardIterator();
  }

  @Test
  void createTable_describesTheStream_andListStreamsAndDescribeStreamShowIt() {
    TableDescription created = createUsers(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(created.streamSpecification())
        .isEqualTo(
            StreamSpecification.builder()
                .streamEnabled(true)
                .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                .build());
    assertThat(created.latestStreamLabel()).isEqualTo("2026-01-01T00:00:00.000");
    TableDescription described = dynamo.describeTable(r -> r.tableName("Users")).table();
    assertThat(described.latestStreamArn()).isEqualTo(created.latestStreamArn());

    var listed = streams.listStreams(r -> r.tableName("Users")).streams();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).streamArn()).isEqualTo(created.latestStreamArn());
    assertThat(listed.get(0).streamLabel()).isEqualTo(created.latestStreamLabel());

    StreamDescription stream =
        streams.describeStream(r -> r.streamArn(created.latestStreamArn())).streamDescription();
    assertThat(stream.streamStatus()).isEqualTo(StreamStatus.ENABLED);
    assertThat(stream.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(stream.tableName()).isEqualTo("Users");
    assertThat(stream.creationRequestDateTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(stream.keySchema())
        .containsExactly(
            KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build());
    assertThat(stream.shards()).hasSize(1);
    assertThat(stream.shards().get(0).parentShardId()).isNull();
    assertThat(stream.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNull();
  }

  @Test
  void getRecords_returnsEveryChange_withImages_pagesAndEmptyPagesAtTheTip() {
    String arn = createUsers(StreamViewType.NEW_AND_OLD_IMAGES).latestStreamArn();
    dynamo.putItem(r -> r.tableName("Users").item(user("1", "Ann")));
    clock.advanceSeconds(2);
    dynamo.putItem(r -> r.tableName("Users").item(user("1", "Bea")));
    dynamo.deleteItem(r -> r.tableName("Users").key(Map.of("id", s("1"))));

    GetRecordsResponse first = streams.getRecords(r -> r.shardIterator(trimHorizon(arn)).limit(2));
    assertThat(first.records().stream().map(Record::eventName).toList())
        .containsExactly(OperationType.INSERT, OperationType.MODIFY)
        .inOrder();
    Record insert = first.records().get(0);
    assertThat(insert.eventSource()).isEqualTo("aws:dynamodb");
    assertThat(insert.eventVersion()).isEqualTo("1.1");
    assertThat(insert.dynamodb().keys()).isEqualTo(Map.of("id", s("1")));
    assertThat(insert.dynamodb().newImage()).isEqualTo(user("1", "Ann"));
    assertThat(insert.dynamodb().hasOldImage()).isFalse();
    assertThat(insert.dynamodb().approximateCreationDateTime())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(insert.dynamodb().sizeBytes()).isGreaterThan(0L);
    assertThat(insert.userIdentity()).isNull();
    Record modify = first.records().get(1);
    assertThat(modify.dynamodb().oldImage()).isEqualTo(user("1", "Ann"));
    assertThat(modify.dynamodb().newImage()).isEqualTo(user("1", "Bea"));
    assertThat(modify.dynamodb().approximateCreationDateTime())
        .isEqualTo(Instant.parse("2026-01-01T00:00:02Z"));

    GetRecordsResponse second = streams.getRecords(r -> r.shardIterator(first.nextShardIterator()));
    assertThat(second.records().stream().map(Record::eventName).toList())
        .containsExactly(OperationType.REMOVE);
    GetRecordsResponse tip = streams.getRecords(r -> r.shardIterator(second.nextShardIterator()));
    assertThat(tip.records()).isEmpty();
    assertThat(tip.nextShardIterator()).isNotNull();

    Shard shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0);
    String afterFirst =
        streams
            .getShardIterator(
                r ->
                    r.streamArn(arn)
                        .shardId(shard.shardId())
                        .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                        .sequenceNumber(insert.dynamodb().sequenceNumber()))
            .shardIterator();
    assertThat(streams.getRecords(r -> r.shardIterator(afterFirst)).records().get(0))
        .isEqualTo(modify);
  }

  @Test
  void timeToLiveDeletions_carryTheServiceIdentity() {
    String arn = createUsers(StreamViewType.KEYS_ONLY).latestStreamArn();
    dynamo.updateTimeToLive(
        r ->
            r.tableName("Users")
                .timeToLiveSpecification(
                    TimeToLiveSpecification.builder().attributeName("ttl").enabled(true).build()));
    long expires = clock.instant().getEpochSecond() + 5;
    dynamo.putItem(
        r ->
            r.tableName("Users")
                .item(Map.of("id", s("1"), "ttl", AttributeValue.fromN(Long.toString(expires)))));
    clock.advanceSeconds(6);
    List<Record> records = streams.getRecords(r -> r.shardIterator(trimHorizon(arn))).records();
    Record removed = records.get(1);
    assertThat(removed.eventName()).isEqualTo(OperationType.REMOVE);
    assertThat(removed.userIdentity().type()).isEqualTo("Service");
    assertThat(removed.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
  }

  @Test
  void disablingTheStream_closesItsShard_andUpdateTableEnablesANewStream() {
    String firstArn = createUsers(StreamViewType.KEYS_ONLY).latestStreamArn();
    dynamo.putItem(r -> r.tableName("Users").item(user("1", "Ann")));
    TableDescription disabled =
        dynamo
            .updateTable(
                r ->
                    r.tableName("Users")
                        .streamSpecification(
                            StreamSpecification.builder().streamEnabled(false).build()))
            .tableDescription();
    assertThat(disabled.streamSpecification()).isNull();
    StreamDescription closed =
        streams.describeStream(r -> r.streamArn(firstArn)).streamDescription();
    assertThat(closed.streamStatus()).isEqualTo(StreamStatus.DISABLED);
    SequenceNumberRange range = closed.shards().get(0).sequenceNumberRange();
    assertThat(range.endingSequenceNumber()).isEqualTo(range.startingSequenceNumber());
    GetRecordsResponse last = streams.getRecords(r -> r.shardIterator(trimHorizon(firstArn)));
    assertThat(last.records()).hasSize(1);
    assertThat(last.nextShardIterator()).isNull();

    clock.advanceSeconds(1);
    TableDescription enabled =
        dynamo
            .updateTable(
                r ->
                    r.tableName("Users")
                        .streamSpecification(
                            StreamSpecification.builder()
                                .streamEnabled(true)
                                .streamViewType(StreamViewType.NEW_IMAGE)
                                .build()))
            .tableDescription();
    assertThat(enabled.latestStreamArn()).isNotEqualTo(firstArn);
    assertThat(streams.listStreams(r -> r.tableName("Users")).streams()).hasSize(2);
  }

  @Test
  void errors_areDynamoDbStreamsErrors() {
    String arn = createUsers(StreamViewType.KEYS_ONLY).latestStreamArn();
    String iterator = trimHorizon(arn);
    assertThrows(
        ResourceNotFoundException.class,
        () -> streams.describeStream(r -> r.streamArn(arn + "-missing")));
    DynamoDbException invalid =
        assertThrows(
            DynamoDbException.class, () -> streams.getRecords(r -> r.shardIterator("garbage")));
    assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    DynamoDbException limit =
        assertThrows(
            DynamoDbException.class,
            () -> streams.getRecords(r -> r.shardIterator(iterator).limit(0)));
    assertThat(limit.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1");
    dynamo.putItem(r -> r.tableName("Users").item(user("1", "Ann")));
    String number =
        streams
            .getRecords(r -> r.shardIterator(trimHorizon(arn)))
            .records()
            .get(0)
            .dynamodb()
            .sequenceNumber();
    clock.advanceSeconds(15 * 60);
    ExpiredIteratorException expired =
        assertThrows(
            ExpiredIteratorException.class,
            () -> streams.getRecords(r -> r.shardIterator(iterator)));
    assertThat(expired.awsErrorDetails().errorMessage())
        .isEqualTo("The provided iterator exceeds the maximum age allowed.");
    clock.advanceSeconds(24 * 3600);
    Shard shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0);
    assertThrows(
        TrimmedDataAccessException.class,
        () ->
            streams.getShardIterator(
                r ->
                    r.streamArn(arn)
                        .shardId(shard.shardId())
                        .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                        .sequenceNumber(number)));
  }

  @Test
  void anEngineWithoutStreams_answersStreamsTargetsAsUnknownOperations() {
    try (KeyspanServer plain = KeyspanServer.start(new FakeEngine(), 0)) {
      HttpResponse<String> response =
          new WireClient(plain.endpoint())
              .send(
                  HttpRequest.newBuilder(plain.endpoint().resolve("/"))
                      .header("Content-Type", "application/x-amz-json-1.0")
                      .header("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams")
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
    }
  }
}
