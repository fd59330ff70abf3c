package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.contract.EngineContract;
import io.keyspan.engine.BatchWriteItemRequest;
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
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.server.KeyspanServer;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The AWS SDK engine asks for and returns ItemCollectionMetrics (API ItemCollectionMetrics,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html) on
 * every write, here against Keyspan's server, which reports them for tables with local indexes.
 */
class ItemCollectionMetricsPassThroughTest extends EngineContract {
  private static final ItemCollectionMetrics SMALL_A =
      new ItemCollectionMetrics(Map.of("pk", AttributeValue.s("a")), 0.0, 1.0);

  private static Keyspan keyspan;
  private static KeyspanServer server;
  private static Engine engine;

  @BeforeAll
  static void start() {
    keyspan = Keyspan.inMemory();
    server = KeyspanServer.start(keyspan.engine(), 0);
    engine =
        DynamoDbEngine.using(ServerClients.to(server.endpoint(), DynamoDbClient.builder()).build());
  }

  @AfterAll
  static void stop() {
    engine.close();
    server.close();
    keyspan.close();
  }

  @Override
  protected Engine engine() {
    return engine;
  }

  @Test
  void singleItemWrites_returnTheCollectionsMetrics_onlyWhenAsked() {
    String table = createIndexedTable("metrics");
    assertThat(
            engine
                .putItem(
                    PutItemRequest.builder(table, key("a", 1))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .updateItem(
                    UpdateItemRequest.builder(table, key("a", 1))
                        .update(
                            new UpdateExpression(
                                List.of(
                                    new UpdateExpression.SetAction(
                                        Path.of("name"), new Literal(AttributeValue.s("x")))),
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
                    DeleteItemRequest.builder(table, key("a", 1))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                        .build())
                .itemCollectionMetrics())
        .isEqualTo(SMALL_A);
    assertThat(
            engine
                .putItem(PutItemRequest.builder(table, key("a", 2)).build())
                .itemCollectionMetrics())
        .isNull();
  }

  @Test
  void batchAndTransactionWrites_returnTheMetricsPerTable() {
    String table = createIndexedTable("metrics_batch");
    assertThat(
            engine
                .batchWriteItem(
                    new BatchWriteItemRequest(
                        Map.of(table, List.of(new WriteRequest.Put(key("a", 1)))),
                        ReturnConsumedCapacity.NONE,
                        ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .containsExactly(table, List.of(SMALL_A));
    assertThat(
            engine
                .transactWriteItems(
                    new TransactWriteItemsRequest(
                        List.of(new TransactWriteItem.Put(table, key("a", 2), null, null)),
                        null,
                        ReturnConsumedCapacity.NONE,
                        ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .containsExactly(table, List.of(SMALL_A));
  }

  private static Map<String, AttributeValue> key(String partition, int sort) {
    return Map.of("pk", AttributeValue.s(partition), "sk", AttributeValue.n(sort));
  }
}
