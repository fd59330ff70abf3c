package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The server with a data directory, killed with SIGKILL while clients write: after a restart on the
 * same directory every write acknowledged to a client is there, no rejected write is, and every
 * transaction is there whole or not at all. The table's stream holds exactly one INSERT record per
 * stored item, with the item as its new image, in increasing sequence-number order: records of
 * acknowledged writes survive, a write lost in the kill loses its records too, and recovery never
 * doubles one. Writes in flight at the kill may land either way. The kill points come from a seeded
 * random count of acknowledged writes, and the assertions hold whichever writes were in flight, so
 * the test never depends on timing.
 */
class CrashRecoveryTest {
  private static final long SEED = 20261204L;
  private static final int ROUNDS = 3;
  private static final int WRITERS = 4;
  private static final String TABLE = "Crash";

  @TempDir Path temporary;

  /** What the clients were told, by key; the maps are sorted so reports are stable. */
  private final Map<String, String> acknowledged = new ConcurrentSkipListMap<>();

  private final Set<String> rejected = new ConcurrentSkipListSet<>();
  private final Map<String, Boolean> transactions = new ConcurrentSkipListMap<>();

  /** What the writer threads found wrong while the server was up. */
  private final Queue<AssertionError> failures = new ConcurrentLinkedQueue<>();

  @Test
  void sigkillAtAnyPoint_losesNoAcknowledgedWrite_keepsNoRejectedOne_splitsNoTransaction_orStream()
      throws Exception {
    Random random = new Random(SEED);
    Path data = temporary.resolve("data");
    ServerProcess server = start(data);
    try {
      try (DynamoDbClient client = SdkClients.withoutRetries(server.endpoint())) {
        createTable(client);
      }
      for (int round = 0; round < ROUNDS; round++) {
        int killAfter = 20 + random.nextInt(120);
        writeUntilKilled(server, round, killAfter);
        server = start(data);
        check(server);
      }
      // A clean stop writes a snapshot; the next start loads it.
      server.stop();
      server = start(data);
      check(server);
    } finally {
      server.kill();
    }
    // Each round acknowledges at least 20 iterations, half of them (cases 0 and 1) puts.
    assertThat(acknowledged.size()).isAtLeast(ROUNDS * 20 / 2);
    assertThat(rejected).isNotEmpty();
    assertThat(transactions.containsValue(true)).isTrue();
  }

  @Test
  void aSecondServerOnTheDirectory_exitsNamingIt() throws Exception {
    Path data = temporary.resolve("data");
    try (ServerProcess owner = start(data)) {
      ServerProcess.Exit second = ServerProcess.run("--port", "0", "--data-dir", data.toString());
      assertThat(second.status()).isEqualTo(1);
      assertThat(second.output())
          .startsWith(
              "keyspan-server: The data directory "
                  + data
                  + " is in use by another Keyspan engine");
      assertThat(second.output()).doesNotContain("Exception"); // a message, not a stack trace
    }
  }

  /** A small snapshot threshold, so the kills also land around snapshots and log rotations. */
  private static ServerProcess start(Path data) throws Exception {
    return ServerProcess.start(
        List.of("-Xmx128m"),
        "--port",
        "0",
        "--data-dir",
        data.toString(),
        "memory:?snapshotLogBytes=16384");
  }

  private static void createTable(DynamoDbClient client) {
    client.createTable(
        request ->
            request
                .tableName(TABLE)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(
                    StreamSpecification.builder()
                        .streamEnabled(true)
                        .streamViewType(StreamViewType.NEW_IMAGE)
                        .build()));
  }

  /** Runs the writers until the server is killed after {@code killAfter} acknowledged writes. */
  private void writeUntilKilled(ServerProcess server, int round, int killAfter) throws Exception {
    CountDownLatch acknowledgements = new CountDownLatch(killAfter);
    List<Thread> writers = new ArrayList<>();
    try (DynamoDbClient client = SdkClients.withoutRetries(server.endpoint())) {
      for (int w = 0; w < WRITERS; w++) {
        String prefix = "r" + round + "-w" + w + "-";
        writers.add(new Thread(() -> write(client, prefix, acknowledgements), prefix));
      }
      writers.forEach(Thread::start);
      assertThat(acknowledgements.await(60, TimeUnit.SECONDS)).isTrue();
      server.kill();
      for (Thread writer : writers) {
        writer.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(writer.isAlive()).isFalse();
      }
      assertThat(failures).isEmpty();
    }
  }

  /**
   * One writer: puts, a conditional put that must fail, and transactions (one that commits, one
   * whose condition fails), over and over until a request fails for another reason (the kill).
   */
  private void write(DynamoDbClient client, String prefix, CountDownLatch acknowledgements) {
    try {
      for (int i = 0; ; i++) {
        String key = prefix + i;
        switch (i % 4) {
          case 0, 1 -> {
            String value = "v" + i;
            client.putItem(r -> r.tableName(TABLE).item(item(key, value)));
            acknowledged.put(key, value);
          }
          case 2 -> {
            String existing = prefix + (i - 1);
            Map<String, AttributeValue> item = item(existing, "rejected");
            try {
              client.putItem(
                  r ->
                      r.tableName(TABLE)
                          .item(item)
                          .conditionExpression("attribute_not_exists(pk)"));
              throw new AssertionError("a put over an acknowledged item was accepted: " + existing);
            } catch (ConditionalCheckFailedException expected) {
              rejected.add(existing);
            }
          }
          default -> {
            transactions.put(key, false);
            client.transactWriteItems(r -> r.transactItems(transaction(key)));
            transactions.put(key, true);
            String failed = key + "-failed";
            try {
              client.transactWriteItems(
                  r -> r.transactItems(failingTransaction(failed, prefix + "missing")));
              throw new AssertionError("a transaction with a failing check committed: " + failed);
            } catch (TransactionCanceledException expected) {
              rejected.add(failed + "-a");
              rejected.add(failed + "-b");
            }
          }
        }
        acknowledgements.countDown();
      }
    } catch (AssertionError e) {
      failures.add(e);
    } catch (RuntimeException killed) {
      // The server died under this request: its outcome is unknown, and may go either way.
    }
  }

  private static Map<String, AttributeValue> item(String key, String value) {
    return Map.of("pk", AttributeValue.fromS(key), "v", AttributeValue.fromS(value));
  }

  /** Three puts tagged with the transaction's id. */
  private static List<TransactWriteItem> transaction(String id) {
    List<TransactWriteItem> items = new ArrayList<>();
    for (String part : List.of("-a", "-b", "-c")) {
      items.add(
          TransactWriteItem.builder()
              .put(
                  Put.builder()
                      .tableName(TABLE)
                      .item(
                          Map.of(
                              "pk",
                              AttributeValue.fromS(id + part),
                              "tx",
                              AttributeValue.fromS(id)))
                      .build())
              .build());
    }
    return items;
  }

  /** Every record of the table's stream, from its trim horizon. */
  private static List<Record> streamRecords(DynamoDbClient client, DynamoDbStreamsClient streams) {
    String arn = client.describeTable(r -> r.tableName(TABLE)).table().latestStreamArn();
    String shard =
        streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
    String iterator =
        streams
            .getShardIterator(
                r ->
                    r.streamArn(arn)
                        .shardId(shard)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
            .shardIterator();
    List<Record> records = new ArrayList<>();
    while (true) {
      String from = iterator;
      GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(from));
      if (page.records().isEmpty()) {
        return records;
      }
      records.addAll(page.records());
      iterator = page.nextShardIterator();
    }
  }

  /** One INSERT per stored item, carrying the item, in increasing sequence-number order. */
  private static void checkStream(
      List<Record> records, Map<String, Map<String, AttributeValue>> stored) {
    Map<String, Map<String, AttributeValue>> inserted = new HashMap<>();
    BigInteger previous = BigInteger.valueOf(-1);
    for (Record record : records) {
      BigInteger number = new BigInteger(record.dynamodb().sequenceNumber());
      assertWithMessage("sequence number after %s", previous).that(number).isGreaterThan(previous);
      previous = number;
      assertThat(record.eventName()).isEqualTo(OperationType.INSERT);
      String key = record.dynamodb().keys().get("pk").s();
      assertWithMessage("records of %s", key).that(inserted).doesNotContainKey(key);
      inserted.put(key, record.dynamodb().newImage());
    }
    assertThat(inserted).isEqualTo(stored);
  }

  /** Two puts and a check that the missing item exists, which fails. */
  private static List<TransactWriteItem> failingTransaction(String id, String missing) {
    List<TransactWriteItem> items = new ArrayList<>(transaction(id).subList(0, 2));
    items.add(
        TransactWriteItem.builder()
            .conditionCheck(
                ConditionCheck.builder()
                    .tableName(TABLE)
                    .key(Map.of("pk", AttributeValue.fromS(missing)))
                    .conditionExpression("attribute_exists(pk)")
                    .build())
            .build());
    return items;
  }

  /** Reads the whole table back from the restarted server and checks every promise. */
  private void check(ServerProcess server) {
    Map<String, Map<String, AttributeValue>> stored = new HashMap<>();
    List<Record> records;
    try (DynamoDbClient client = SdkClients.withoutRetries(server.endpoint());
        DynamoDbStreamsClient streams = SdkClients.streamsWithoutRetries(server.endpoint())) {
      client
          .scanPaginator(r -> r.tableName(TABLE).consistentRead(true))
          .items()
          .forEach(item -> stored.put(item.get("pk").s(), item));
      records = streamRecords(client, streams);
    }
    checkStream(records, stored);
    acknowledged.forEach(
        (key, value) -> {
          assertWithMessage("acknowledged write %s", key).that(stored).containsKey(key);
          assertWithMessage("acknowledged write %s", key)
              .that(stored.get(key).get("v").s())
              .isEqualTo(value);
        });
    rejected.forEach(
        key -> {
          Map<String, AttributeValue> item = stored.get(key);
          boolean leftBehind =
              item != null && (item.containsKey("tx") || "rejected".equals(item.get("v").s()));
          assertWithMessage("rejected write %s", key).that(leftBehind).isFalse();
        });
    transactions.forEach(
        (id, committed) -> {
          long parts =
              List.of("-a", "-b", "-c").stream().filter(p -> stored.containsKey(id + p)).count();
          assertWithMessage("parts of transaction %s", id).that(parts).isAnyOf(0L, 3L);
          if (committed) {
            assertWithMessage("parts of acknowledged transaction %s", id).that(parts).isEqualTo(3L);
          }
        });
  }
}
