package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ItemCollectionMetrics;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.server.KeyspanServer;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The AWS SDK engine asks for and returns ItemCollectionMetrics (API ItemCollectionMetrics,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html) on
 * every write, here against Keyspan's server, which reports them for tables with local indexes.
 */
class ItemCollectionMetricsPassThroughTest {
  private static final ItemCollectionMetrics SMALL_A =
      new ItemCollectionMetrics(Map.of("p", AttributeValue.s("a")), 0.0, 1.0);

  private Keyspan keyspan;
  private KeyspanServer server;
  private Engine engine;

  @BeforeEach
  void start() {
    keyspan = Keyspan.inMemory();
    server = KeyspanServer.start(keyspan.engine(), 0);
    engine =
        DynamoDbEngine.using(ServerClients.to(server.endpoint(), DynamoDbClient.builder()).build());
    engine.createTable(threads());
  }

  @AfterEach
  void stop() {
    engine.close();
    server.close();
    keyspan.close();
  }

  @Test
  void singleItemWrites_returnTheCollectionsMetrics_onlyWhenAsked() {
    assertThat(
            engine
                .putItem(
                    PutItemRequest.builder("Threads", key("a", 1))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .updateItem(
                    UpdateItemRequest.builder("Threads", key("a", 1))
                        .update(
                            new UpdateExpression(
                                List.of(
                                    new UpdateExpression.SetAction(
                                        Path.of("pos"), new Literal(AttributeValue.n(3)))),
                                List.of(),
                                List.of(),
                                List.of()))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .deleteItem(
                    DeleteItemRequest.builder("Threads", key("a", 1))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .putItem(PutItemRequest.builder("Threads", key("a", 2)).build())
                .itemCollectionMetrics())
        .isNull();
  }

  @Test
  void batchAndTransactionWrites_returnTheMetricsPerTable() {
    assertThat(
            engine
                .batchWriteItem(
                    new BatchWriteItemRequest(
                        Map.of("Threads", List.of(new WriteRequest.Put(key("a", 1)))),
                        ReturnConsumedCapacity.NONE,
                        ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .containsExactly("Threads", List.of(SMALL_A));
    assertThat(
            engine
                .transactWriteItems(
                    new TransactWriteItemsRequest(
                        List.of(new TransactWriteItem.Put("Threads", key("a", 2), null, null)),
                        null,
                        ReturnConsumedCapacity.NONE,
                        ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .containsExactly("Threads", List.of(SMALL_A));
  }

  private static Map<String, AttributeValue> key(String partition, int sort) {
    return Map.of("p", AttributeValue.s(partition), "s", AttributeValue.n(sort));
  }

  /** Threads (p S, s N) with a local index, so writes have item collections to report. */
  private static CreateTableRequest threads() {
    return new CreateTableRequest(
        "Threads",
        List.of(
            new AttributeDefinition("p", ScalarAttributeType.S),
            new AttributeDefinition("s", ScalarAttributeType.N),
            new AttributeDefinition("pos", ScalarAttributeType.N)),
        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
        null,
        List.of(
            new LocalSecondaryIndex(
                "ByPosition",
                List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("pos")),
                IndexProjection.KEYS_ONLY)),
        BillingMode.PAY_PER_REQUEST,
        null,
        null,
        null);
  }
}
