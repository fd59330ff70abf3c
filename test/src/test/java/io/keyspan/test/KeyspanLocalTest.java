package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.server.WireProtocol;
import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The in-process SDK clients: every answer is the server protocol's, seen through the whole SDK.
 */
class KeyspanLocalTest {
  private Keyspan db;
  private DynamoDbClient dynamo;

  @BeforeEach
  void createTable() {
    db = Keyspan.inMemory();
    dynamo = KeyspanLocal.dynamoDbClient(db);
    dynamo.createTable(
        b ->
            b.tableName("Events")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("Feed")
                        .attributeType(ScalarAttributeType.S)
                        .build(),
                    AttributeDefinition.builder()
                        .attributeName("Seq")
                        .attributeType(ScalarAttributeType.N)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("Feed").keyType(KeyType.HASH).build(),
                    KeySchemaElement.builder()
                        .attributeName("Seq")
                        .keyType(KeyType.RANGE)
                        .build()));
  }

  @AfterEach
  void close() {
    dynamo.close();
    db.close();
  }

  private static Map<String, AttributeValue> event(String feed, int seq) {
    return Map.of(
        "Feed",
        AttributeValue.fromS(feed),
        "Seq",
        AttributeValue.fromN(Integer.toString(seq)),
        "Body",
        AttributeValue.fromS("event " + seq));
  }

  @Test
  void streamsClient_readsTheChangeRecordsOfAWrite() {
    dynamo.updateTable(
        b ->
            b.tableName("Events")
                .streamSpecification(
                    s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
    dynamo.putItem(b -> b.tableName("Events").item(event("a", 1)));
    dynamo.deleteItem(
        b ->
            b.tableName("Events")
                .key(Map.of("Feed", AttributeValue.fromS("a"), "Seq", AttributeValue.fromN("1"))));

    try (DynamoDbStreamsClient streams = KeyspanLocal.dynamoDbStreamsClient(db)) {
      String arn = streams.listStreams(b -> b.tableName("Events")).streams().get(0).streamArn();
      String shard =
          streams
              .describeStream(b -> b.streamArn(arn))
              .streamDescription()
              .shards()
              .get(0)
              .shardId();
      String iterator =
          streams
              .getShardIterator(
                  b ->
                      b.streamArn(arn)
                          .shardId(shard)
                          .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
              .shardIterator();
      var records = streams.getRecords(b -> b.shardIterator(iterator)).records();

      assertThat(records.stream().map(r -> r.eventNameAsString()).toList())
          .containsExactly("INSERT", "REMOVE")
          .inOrder();
      assertThat(records.get(0).dynamodb().newImage()).isEqualTo(event("a", 1));
      assertThat(records.get(1).dynamodb().oldImage()).isEqualTo(event("a", 1));
    }
  }

  @Test
  void putThenGet_throughTheSdk_readsTheItemTheEngineStored() {
    dynamo.putItem(b -> b.tableName("Events").item(event("a", 1)));

    assertThat(
            dynamo
                .getItem(
                    b ->
                        b.tableName("Events")
                            .key(
                                Map.of(
                                    "Feed",
                                    AttributeValue.fromS("a"),
                                    "Seq",
                                    AttributeValue.fromN("1"))))
                .item())
        .isEqualTo(event("a", 1));
    assertThat(db.engine().describeTable(new DescribeTableRequest("Events")).itemCount())
        .isEqualTo(1);
  }

  @Test
  void theWaiter_seesTheTableActive() {
    assertThat(
            dynamo
                .waiter()
                .waitUntilTableExists(b -> b.tableName("Events"))
                .matched()
                .response()
                .orElseThrow()
                .table()
                .tableName())
        .isEqualTo("Events");
  }

  @Test
  void errors_becomeTheSdksModeledExceptions() {
    ResourceNotFoundException missing =
        assertThrows(
            ResourceNotFoundException.class,
            () ->
                dynamo.getItem(
                    b -> b.tableName("Nope").key(Map.of("Feed", AttributeValue.fromS("a")))));
    assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
    assertThat(missing.statusCode()).isEqualTo(400);

    dynamo.putItem(b -> b.tableName("Events").item(event("a", 1)));
    ConditionalCheckFailedException failed =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                dynamo.putItem(
                    b ->
                        b.tableName("Events")
                            .item(event("a", 1))
                            .conditionExpression("attribute_not_exists(Feed)")));
    assertThat(failed.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
  }

  @Test
  void thePaginator_followsLastEvaluatedKeyAcrossPages() {
    IntStream.rangeClosed(1, 7)
        .forEach(i -> dynamo.putItem(b -> b.tableName("Events").item(event("a", i))));
    QueryRequest query =
        QueryRequest.builder()
            .tableName("Events")
            .keyConditionExpression("Feed = :s")
            .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("a")))
            .limit(3)
            .build();

    List<Integer> pageSizes =
        dynamo.queryPaginator(query).stream().map(page -> page.count()).toList();

    assertThat(pageSizes).containsExactly(3, 3, 1).inOrder();
    assertThat(
            dynamo.queryPaginator(query).items().stream().map(item -> item.get("Seq").n()).toList())
        .containsExactly("1", "2", "3", "4", "5", "6", "7")
        .inOrder();
  }

  @Test
  void everyOtherOperationTheServerServes_answersThroughTheSdk() {
    Map<String, AttributeValue> key =
        Map.of("Feed", AttributeValue.fromS("a"), "Seq", AttributeValue.fromN("1"));
    dynamo.batchWriteItem(
        b ->
            b.requestItems(
                Map.of(
                    "Events",
                    List.of(
                        software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                            .putRequest(
                                software.amazon.awssdk.services.dynamodb.model.PutRequest.builder()
                                    .item(event("a", 1))
                                    .build())
                            .build()))));
    dynamo.updateItem(
        b ->
            b.tableName("Events")
                .key(key)
                .updateExpression("SET Body = :b")
                .expressionAttributeValues(Map.of(":b", AttributeValue.fromS("changed"))));

    assertThat(
            dynamo
                .batchGetItem(
                    b ->
                        b.requestItems(
                            Map.of(
                                "Events",
                                software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes
                                    .builder()
                                    .keys(key)
                                    .build())))
                .responses()
                .get("Events")
                .get(0)
                .get("Body")
                .s())
        .isEqualTo("changed");
    assertThat(
            dynamo
                .transactGetItems(
                    b ->
                        b.transactItems(
                            software.amazon.awssdk.services.dynamodb.model.TransactGetItem.builder()
                                .get(g -> g.tableName("Events").key(key))
                                .build()))
                .responses()
                .get(0)
                .item()
                .get("Body")
                .s())
        .isEqualTo("changed");
    assertThat(dynamo.scan(b -> b.tableName("Events")).count()).isEqualTo(1);
    dynamo.deleteItem(b -> b.tableName("Events").key(key));
    assertThat(dynamo.scan(b -> b.tableName("Events")).count()).isEqualTo(0);

    dynamo.updateTimeToLive(
        b ->
            b.tableName("Events")
                .timeToLiveSpecification(t -> t.attributeName("Expires").enabled(true)));
    assertThat(
            dynamo
                .describeTimeToLive(b -> b.tableName("Events"))
                .timeToLiveDescription()
                .attributeName())
        .isEqualTo("Expires");
    dynamo.updateTable(
        b ->
            b.tableName("Events")
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
    assertThat(dynamo.listTables().tableNames()).containsExactly("Events");
    dynamo.deleteTable(b -> b.tableName("Events"));
    assertThat(dynamo.listTables().tableNames()).isEmpty();
  }

  @Test
  void theAsyncClient_answersInTheCallingThread() {
    try (DynamoDbAsyncClient async = KeyspanLocal.dynamoDbAsyncClient(db)) {
      var put = async.putItem(b -> b.tableName("Events").item(event("b", 1)));
      assertThat(put.isDone()).isTrue();
      put.join();

      assertThat(
              async
                  .getItem(
                      b ->
                          b.tableName("Events")
                              .key(
                                  Map.of(
                                      "Feed",
                                      AttributeValue.fromS("b"),
                                      "Seq",
                                      AttributeValue.fromN("1"))))
                  .join()
                  .item())
          .isEqualTo(event("b", 1));
      var missing = async.describeTable(b -> b.tableName("Nope"));
      Throwable cause =
          assertThrows(java.util.concurrent.CompletionException.class, missing::join).getCause();
      assertThat(cause).isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void theSdkSeesTheServersBytes_includingTheCrc32ItChecks() {
    String body = "{\"TableName\":\"Events\"}";
    WireResponse wire =
        WireProtocol.of(db.engine())
            .handle(
                WireRequest.post(
                    Map.of(
                        "X-Amz-Target",
                        List.of("DynamoDB_20120810.DescribeTable"),
                        "Content-Type",
                        List.of("application/x-amz-json-1.0")),
                    body.getBytes(StandardCharsets.UTF_8)));
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(wire.body());

    assertThat(wire.headers()).containsEntry("x-amz-crc32", Long.toString(crc.getValue()));
    assertThat(dynamo.describeTable(b -> b.tableName("Events")).table().tableName())
        .isEqualTo("Events");
  }
}
