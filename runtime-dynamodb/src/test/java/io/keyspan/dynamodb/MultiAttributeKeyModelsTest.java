package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.server.KeyspanServer;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A GSI key of several partition and sort attributes (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html)
 * reaches the SDK as the same ordered KeySchemaElement list and comes back from a description
 * unchanged.
 */
class MultiAttributeKeyModelsTest {
  private static final List<KeySchemaElement> KEY =
      List.of(
          KeySchemaElement.hash("tournamentId"),
          KeySchemaElement.hash("regionId"),
          KeySchemaElement.range("roundName"),
          KeySchemaElement.range("seqNo"));

  private static final GlobalSecondaryIndex INDEX =
      new GlobalSecondaryIndex("ByBracket", KEY, IndexProjection.ALL, null);

  private static final List<AttributeDefinition> DEFINITIONS =
      List.of(
          new AttributeDefinition("matchId", ScalarAttributeType.S),
          new AttributeDefinition("tournamentId", ScalarAttributeType.S),
          new AttributeDefinition("regionId", ScalarAttributeType.S),
          new AttributeDefinition("roundName", ScalarAttributeType.S),
          new AttributeDefinition("seqNo", ScalarAttributeType.N));

  private static final List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement>
      SDK_KEY =
          List.of(
              sdk("tournamentId", KeyType.HASH),
              sdk("regionId", KeyType.HASH),
              sdk("roundName", KeyType.RANGE),
              sdk("seqNo", KeyType.RANGE));

  private static software.amazon.awssdk.services.dynamodb.model.KeySchemaElement sdk(
      String name, KeyType type) {
    return software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder()
        .attributeName(name)
        .keyType(type)
        .build();
  }

  private static CreateTableRequest matches(List<GlobalSecondaryIndex> indexes) {
    return new CreateTableRequest(
        "Matches",
        indexes.isEmpty() ? DEFINITIONS.subList(0, 1) : DEFINITIONS,
        List.of(KeySchemaElement.hash("matchId")),
        indexes,
        null,
        BillingMode.PAY_PER_REQUEST,
        null,
        null,
        null);
  }

  @Test
  void createTable_sendsEveryKeyElementInOrder() {
    var request = TableModels.createTable(matches(List.of(INDEX)));
    assertThat(request.globalSecondaryIndexes().get(0).keySchema())
        .containsExactlyElementsIn(SDK_KEY)
        .inOrder();
  }

  @Test
  void updateTable_createSendsEveryKeyElementInOrder() {
    var request =
        TableModels.updateTable(
            new UpdateTableRequest(
                "Matches",
                DEFINITIONS,
                null,
                null,
                List.of(new GlobalSecondaryIndexUpdate.Create(INDEX))));
    assertThat(request.globalSecondaryIndexUpdates().get(0).create().keySchema())
        .containsExactlyElementsIn(SDK_KEY)
        .inOrder();
  }

  @Test
  void description_readsEveryKeyElementInOrder() {
    var sdkTable =
        software.amazon.awssdk.services.dynamodb.model.TableDescription.builder()
            .tableName("Matches")
            .tableStatus("ACTIVE")
            .keySchema(sdk("matchId", KeyType.HASH))
            .globalSecondaryIndexes(
                GlobalSecondaryIndexDescription.builder()
                    .indexName("ByBracket")
                    .indexStatus("ACTIVE")
                    .keySchema(SDK_KEY)
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build())
            .build();
    assertThat(TableModels.fromSdk(sdkTable).globalSecondaryIndexes().get(0).keySchema())
        .containsExactlyElementsIn(KEY)
        .inOrder();
  }

  @Test
  void throughKeyspansServer_theIndexIsCreatedAndQueried() {
    try (Keyspan keyspan = Keyspan.inMemory();
        KeyspanServer server = KeyspanServer.start(keyspan.engine(), 0);
        Engine engine =
            DynamoDbEngine.using(
                DynamoDbClient.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(
                        StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("test", "test")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build())) {
      TableDescription created = engine.createTable(matches(List.of(INDEX)));
      assertThat(created.globalSecondaryIndexes().get(0).keySchema())
          .containsExactlyElementsIn(KEY)
          .inOrder();
      engine.putItem(
          PutItemRequest.builder(
                  "Matches",
                  Map.of(
                      "matchId", AttributeValue.s("m1"),
                      "tournamentId", AttributeValue.s("W24"),
                      "regionId", AttributeValue.s("EU"),
                      "roundName", AttributeValue.s("SEMI"),
                      "seqNo", AttributeValue.n(1)))
              .build());
      KeyCondition key =
          new KeyCondition(
              List.of(
                  equal("tournamentId", AttributeValue.s("W24")),
                  equal("regionId", AttributeValue.s("EU")),
                  equal("roundName", AttributeValue.s("SEMI"))));
      var page = engine.query(QueryRequest.builder("Matches", key).indexName("ByBracket").build());
      assertThat(page.items()).hasSize(1);
      assertThat(page.items().get(0).get("matchId")).isEqualTo(AttributeValue.s("m1"));
    }
  }

  private static KeyCondition.Term equal(String attribute, AttributeValue value) {
    return new KeyCondition.Compare(attribute, ComparisonOperator.EQ, new Literal(value));
  }
}
