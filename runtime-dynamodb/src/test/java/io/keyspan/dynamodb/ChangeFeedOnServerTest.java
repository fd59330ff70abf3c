package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ShardIteratorType;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.exception.ExpiredIteratorException;
import io.keyspan.exception.TrimmedDataAccessException;
import io.keyspan.repository.changes.Change;
import io.keyspan.repository.changes.ChangeStart;
import io.keyspan.server.KeyspanServer;
import io.keyspan.value.AttributeValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The change feed through the AWS SDK engine and Keyspan's server, in process. */
class ChangeFeedOnServerTest extends ChangeFeedCases {
  private final MovableClock clock = new MovableClock();
  private final Keyspan keyspan = Keyspan.builder().clock(clock).build();
  private final KeyspanServer server = KeyspanServer.start(keyspan.engine(), 0);
  private final Engine engine =
      DynamoDbEngine.using(ServerClients.to(server.endpoint(), DynamoDbClient.builder()).build());

  @Override
  protected Engine engine() {
    return engine;
  }

  @AfterEach
  void stop() {
    engine.close();
    server.close();
    keyspan.close();
  }

  @Test
  void aDeletionByTimeToLive_carriesTheServiceIdentity() {
    String table = table(StreamViewType.OLD_IMAGE);
    engine.updateTimeToLive(new UpdateTimeToLiveRequest(table, "expires", true));
    engine.putItem(
        io.keyspan.engine.PutItemRequest.builder(
                table,
                Map.of(
                    "id",
                    s("t"),
                    "expires",
                    AttributeValue.n(Long.toString(clock.instant().getEpochSecond() + 60))))
            .build());
    clock.advance(Duration.ofMinutes(2));
    engine.scan(ScanRequest.builder(table).build()); // the engine deletes what has expired

    Change<Map<String, AttributeValue>> removal =
        changes(table).from(ChangeStart.TRIM_HORIZON).poll().changes().get(1);

    assertThat(removal.isTimeToLiveDeletion()).isTrue();
    assertThat(removal.userIdentity()).hasValue(UserIdentity.TIME_TO_LIVE);
    assertThat(removal.approximateCreationTime()).isEqualTo(clock.instant());
  }

  @Test
  void anExpiredIterator_andTrimmedRecords_areKeyspansExceptions() {
    String table = table(StreamViewType.KEYS_ONLY);
    put(table, "x", "X");
    Streams streams = engine.streams().orElseThrow();
    String arn =
        streams.listStreams(new ListStreamsRequest(table, null, null)).streams().get(0).streamArn();
    StreamDescription description =
        streams.describeStream(new io.keyspan.engine.stream.DescribeStreamRequest(arn, null, null));
    String shardId = description.shards().get(0).shardId();
    String iterator =
        streams.getShardIterator(
            new GetShardIteratorRequest(arn, shardId, ShardIteratorType.TRIM_HORIZON, null));
    String sequenceNumber =
        streams.getRecords(new GetRecordsRequest(iterator, null)).records().get(0).sequenceNumber();

    clock.advance(Duration.ofMinutes(16));
    assertThrows(
        ExpiredIteratorException.class,
        () -> streams.getRecords(new GetRecordsRequest(iterator, null)));

    clock.advance(Duration.ofHours(25));
    assertThrows(
        TrimmedDataAccessException.class,
        () ->
            streams.getShardIterator(
                new GetShardIteratorRequest(
                    arn, shardId, ShardIteratorType.AT_SEQUENCE_NUMBER, sequenceNumber)));
  }

  @Test
  void anEngineOverBothClients_readsTheStreamsClientHandedIn_andLeavesItOpen() {
    String table = table(StreamViewType.NEW_IMAGE);
    try (DynamoDbClient dynamoClient = DynamoDbClient.builder().region(Region.US_EAST_1).build();
        DynamoDbStreamsClient streamsClient =
            ServerClients.to(server.endpoint(), DynamoDbStreamsClient.builder()).build()) {
      Engine both = DynamoDbEngine.using(dynamoClient, streamsClient);
      ListStreamsRequest request = new ListStreamsRequest(table, null, null);

      assertThat(both.streams().orElseThrow().listStreams(request).streams()).hasSize(1);
      both.close();
      assertThat(streamsClient.listStreams(b -> b.tableName(table)).streams()).hasSize(1);
    }
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    synchronized void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
