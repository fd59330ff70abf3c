package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.engine.table.TimeToLiveStatus;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests in DynamoDB's JSON become the engine's request records, and answers go back. */
class OperationMappingTest {
  private final FakeEngine engine = new FakeEngine();
  private KeyspanServer server;
  private WireClient client;

  @BeforeEach
  void start() {
    server = KeyspanServer.start(engine, 0);
    client = new WireClient(server.endpoint());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void putItem_parsesConditionWithNamesAndValues() {
    engine.answering(request -> new WriteResponse(Map.of("n", AttributeValue.n(1)), null));

    HttpResponse<String> response =
        client.call(
            "PutItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"id\":{\"S\":\"1\"}},"
                + "\"ConditionExpression\":\"#n < :max\",\"ExpressionAttributeNames\":{\"#n\":\"n\"},"
                + "\"ExpressionAttributeValues\":{\":max\":{\"N\":\"5\"}},\"ReturnValues\":\"ALL_OLD\"}");

    assertThat(response.body()).isEqualTo("{\"Attributes\":{\"n\":{\"N\":\"1\"}}}");
    PutItemRequest put = (PutItemRequest) engine.lastRequest();
    assertThat(put.tableName()).isEqualTo("Orders");
    assertThat(put.item()).containsExactly("id", AttributeValue.s("1"));
    assertThat(put.options().returnValues()).isEqualTo(ReturnValue.ALL_OLD);
    assertThat(put.options().condition())
        .isEqualTo(
            new Condition.Compare(
                Path.of("n"), ComparisonOperator.LT, new Literal(AttributeValue.n(5))));
  }

  @Test
  void unusedValue_isRejectedBeforeTheEngineRuns() {
    // Developer Guide Expressions.ExpressionAttributeNames: unused values make the whole request a
    // ValidationException.
    HttpResponse<String> response =
        client.call(
            "UpdateItem",
            "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}},\"UpdateExpression\":\"SET a = :a\","
                + "\"ExpressionAttributeValues\":{\":a\":{\"N\":\"1\"},\":b\":{\"N\":\"2\"}}}");

    assertThat(response.body())
        .contains("Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}");
    assertThat(engine.lastRequest()).isNull();
  }

  @Test
  void updateItem_carriesUpdateAndReturnValues() {
    engine.answering(request -> new WriteResponse(null, null));

    client.call(
        "UpdateItem",
        "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}},\"UpdateExpression\":\"SET a = :a REMOVE b\","
            + "\"ExpressionAttributeValues\":{\":a\":{\"N\":\"1\"}},\"ReturnValues\":\"UPDATED_NEW\"}");

    UpdateItemRequest update = (UpdateItemRequest) engine.lastRequest();
    assertThat(update.update().set()).hasSize(1);
    assertThat(update.update().remove()).containsExactly(Path.of("b"));
    assertThat(update.options().returnValues()).isEqualTo(ReturnValue.UPDATED_NEW);
  }

  @Test
  void legacyParameterWithExpression_isRejectedWithDynamoDbsMessage() {
    // Developer Guide Expressions.ExpressionAttributeNames, legacy and expression parameters
    // together.
    HttpResponse<String> response =
        client.call(
            "GetItem",
            "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}},"
                + "\"AttributesToGet\":[\"a\"],\"ProjectionExpression\":\"a\"}");

    assertThat(response.body())
        .contains(
            "Can not use both expression and non-expression parameters in the same request:"
                + " Non-expression parameters: {AttributesToGet} Expression parameters:"
                + " {ProjectionExpression}");
  }

  @Test
  void valuesWithoutExpression_isRejected() {
    HttpResponse<String> response =
        client.call(
            "Query",
            "{\"TableName\":\"Orders\",\"ExpressionAttributeValues\":{\":a\":{\"S\":\"x\"}}}");

    assertThat(response.body())
        .contains(
            "ExpressionAttributeValues can only be specified when using expressions:"
                + " FilterExpression and KeyConditionExpression are null");
  }

  @Test
  void query_mapsEveryMemberAndReturnsThePage() {
    engine.answering(
        request ->
            new PageResponse(
                List.of(Map.of("id", AttributeValue.s("1"), "n", AttributeValue.n(2))),
                1,
                3,
                Map.of("id", AttributeValue.s("1"), "n", AttributeValue.n(2)),
                ConsumedCapacity.total("Orders", Capacity.read(0.5))));

    HttpResponse<String> response =
        client.call(
            "Query",
            "{\"TableName\":\"Orders\",\"IndexName\":\"ByN\",\"KeyConditionExpression\":\"id = :id\","
                + "\"FilterExpression\":\"attribute_exists(x)\",\"ProjectionExpression\":\"id, n\","
                + "\"ExpressionAttributeValues\":{\":id\":{\"S\":\"1\"}},\"Limit\":3,"
                + "\"ScanIndexForward\":false,\"ExclusiveStartKey\":{\"id\":{\"S\":\"0\"}},"
                + "\"ReturnConsumedCapacity\":\"TOTAL\"}");

    QueryRequest query = (QueryRequest) engine.lastRequest();
    assertThat(query.indexName()).isEqualTo("ByN");
    assertThat(query.keyCondition())
        .isEqualTo(
            KeyCondition.of(
                new KeyCondition.Compare(
                    "id", ComparisonOperator.EQ, new Literal(AttributeValue.s("1")))));
    assertThat(query.filter()).isEqualTo(new Condition.AttributeExists(Path.of("x")));
    assertThat(query.projection()).isEqualTo(Projection.of("id", "n"));
    assertThat(query.limit()).isEqualTo(3);
    assertThat(query.scanIndexForward()).isFalse();
    assertThat(query.exclusiveStartKey()).containsExactly("id", AttributeValue.s("0"));
    assertThat(query.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL);
    assertThat(response.body()).contains("\"Count\":1,\"ScannedCount\":3");
    assertThat(response.body()).contains("\"LastEvaluatedKey\":{");
    assertThat(response.body())
        .contains("\"ConsumedCapacity\":{\"TableName\":\"Orders\",\"CapacityUnits\":0.5}}");
  }

  @Test
  void queryWithSelectCount_leavesItemsOut() {
    engine.answering(request -> new PageResponse(List.of(), 4, 4, null, null));

    HttpResponse<String> response =
        client.call(
            "Query",
            "{\"TableName\":\"Orders\",\"KeyConditionExpression\":\"id = :id\",\"Select\":\"COUNT\","
                + "\"ExpressionAttributeValues\":{\":id\":{\"S\":\"1\"}}}");

    assertThat(((QueryRequest) engine.lastRequest()).select()).isEqualTo(Select.COUNT);
    assertThat(response.body()).isEqualTo("{\"Count\":4,\"ScannedCount\":4}");
  }

  @Test
  void queryWithoutKeyCondition_isRejected() {
    HttpResponse<String> response = client.call("Query", "{\"TableName\":\"Orders\"}");

    assertThat(response.body())
        .contains(
            "Either the KeyConditions or KeyConditionExpression parameter must be specified in"
                + " the request.");
  }

  @Test
  void createTable_mapsKeysIndexesAndBilling() {
    engine.answering(
        request -> {
          CreateTableRequest create = (CreateTableRequest) request;
          return new TableDescription(
              create.tableName(),
              TableStatus.ACTIVE,
              create.attributeDefinitions(),
              create.keySchema(),
              create.billingMode(),
              null,
              List.of(
                  new IndexDescription(
                      "ByEmail",
                      true,
                      List.of(KeySchemaElement.hash("email")),
                      IndexProjection.KEYS_ONLY,
                      TableStatus.ACTIVE,
                      null,
                      0,
                      0)),
              List.of(),
              0,
              0,
              Instant.ofEpochSecond(1_700_000_000),
              null,
              null,
              null);
        });

    HttpResponse<String> response =
        client.call(
            "CreateTable",
            "{\"TableName\":\"Users\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"email\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"ByEmail\","
                + "\"KeySchema\":[{\"AttributeName\":\"email\",\"KeyType\":\"HASH\"}],"
                + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}]}");

    CreateTableRequest create = (CreateTableRequest) engine.lastRequest();
    assertThat(create.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(create.attributeDefinitions())
        .containsExactly(
            new AttributeDefinition("id", ScalarAttributeType.S),
            new AttributeDefinition("email", ScalarAttributeType.S));
    assertThat(create.globalSecondaryIndexes())
        .containsExactly(
            new GlobalSecondaryIndex(
                "ByEmail",
                List.of(KeySchemaElement.hash("email")),
                new IndexProjection(ProjectionType.KEYS_ONLY, List.of()),
                null));
    assertThat(response.body()).contains("\"TableStatus\":\"ACTIVE\"");
    assertThat(response.body()).contains("\"CreationDateTime\":1.7E9");
    assertThat(response.body())
        .contains("\"BillingModeSummary\":{\"BillingMode\":\"PAY_PER_REQUEST\"}");
    assertThat(response.body())
        .contains(
            "\"IndexArn\":\"arn:aws:dynamodb:ddblocal:000000000000:table/Users/index/ByEmail\"");
  }

  @Test
  void batchGetItem_echoesUnprocessedKeysWithTheirProjection() {
    engine.answering(
        request -> {
          KeysAndAttributes asked = ((BatchGetItemRequest) request).requestItems().get("Orders");
          return new BatchGetItemResponse(
              Map.of("Orders", List.of(asked.keys().get(0))),
              Map.of(
                  "Orders",
                  new KeysAndAttributes(List.of(asked.keys().get(1)), asked.projection(), false)),
              List.of());
        });

    HttpResponse<String> response =
        client.call(
            "BatchGetItem",
            "{\"RequestItems\":{\"Orders\":{\"Keys\":[{\"id\":{\"S\":\"1\"}},{\"id\":{\"S\":\"2\"}}],"
                + "\"ProjectionExpression\":\"#i\",\"ExpressionAttributeNames\":{\"#i\":\"id\"}}}}");

    BatchGetItemRequest batch = (BatchGetItemRequest) engine.lastRequest();
    assertThat(batch.requestItems().get("Orders").projection()).isEqualTo(Projection.of("id"));
    assertThat(response.body())
        .isEqualTo(
            "{\"Responses\":{\"Orders\":[{\"id\":{\"S\":\"1\"}}]},\"UnprocessedKeys\":{\"Orders\":"
                + "{\"Keys\":[{\"id\":{\"S\":\"2\"}}],\"ProjectionExpression\":\"#i\","
                + "\"ExpressionAttributeNames\":{\"#i\":\"id\"}}}}");
  }

  @Test
  void batchWriteItem_mapsPutsAndDeletes() {
    engine.answering(request -> new BatchWriteItemResponse(Map.of(), List.of()));

    HttpResponse<String> response =
        client.call(
            "BatchWriteItem",
            "{\"RequestItems\":{\"Orders\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"1\"}}}},"
                + "{\"DeleteRequest\":{\"Key\":{\"id\":{\"S\":\"2\"}}}}]}}");

    BatchWriteItemRequest batch = (BatchWriteItemRequest) engine.lastRequest();
    assertThat(batch.requestItems().get("Orders"))
        .containsExactly(
            new WriteRequest.Put(Map.of("id", AttributeValue.s("1"))),
            new WriteRequest.Delete(Map.of("id", AttributeValue.s("2"))))
        .inOrder();
    assertThat(response.body()).isEqualTo("{\"UnprocessedItems\":{}}");
  }

  @Test
  void batchWriteItemOver25Writes_isCoralValidationError() {
    // Developer Guide WorkingWithItems: more than 25 requests.
    String put = "{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"1\"}}}}";
    HttpResponse<String> response =
        client.call(
            "BatchWriteItem",
            "{\"RequestItems\":{\"Orders\":["
                + String.join(",", java.util.Collections.nCopies(26, put))
                + "]}}");

    assertThat(response.body()).contains("Member must have length less than or equal to 25");
    assertThat(engine.lastRequest()).isNull();
  }

  @Test
  void emptyWriteRequest_isReportedAsDynamoDbDoes() {
    HttpResponse<String> response =
        client.call("BatchWriteItem", "{\"RequestItems\":{\"Orders\":[{}]}}");

    assertThat(response.body())
        .contains(
            "Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
                + " the supported datatypes");
  }

  @Test
  void transactWriteItems_givesEachActionItsOwnNamesAndValues() {
    engine.answering(request -> new TransactWriteItemsResponse(List.of()));

    HttpResponse<String> response =
        client.call(
            "TransactWriteItems",
            "{\"TransactItems\":["
                + "{\"ConditionCheck\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}},"
                + "\"ConditionExpression\":\"attribute_exists(#x)\",\"ExpressionAttributeNames\":{\"#x\":\"x\"}}},"
                + "{\"Update\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"2\"}},"
                + "\"UpdateExpression\":\"ADD n :one\",\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}}],"
                + "\"ClientRequestToken\":\"t-1\"}");

    assertThat(response.body()).isEqualTo("{}");
    TransactWriteItemsRequest transaction = (TransactWriteItemsRequest) engine.lastRequest();
    assertThat(transaction.clientRequestToken()).isEqualTo("t-1");
    assertThat(transaction.transactItems().get(0))
        .isInstanceOf(TransactWriteItem.ConditionCheck.class);
    assertThat(transaction.transactItems().get(0).condition())
        .isEqualTo(new Condition.AttributeExists(Path.of("x")));
    assertThat(transaction.transactItems().get(1)).isInstanceOf(TransactWriteItem.Update.class);
  }

  @Test
  void conditionCheckWithoutCondition_isCoralValidationError() {
    HttpResponse<String> response =
        client.call(
            "TransactWriteItems",
            "{\"TransactItems\":[{\"ConditionCheck\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}}]}");

    assertThat(response.body())
        .contains(
            "Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to"
                + " satisfy constraint: Member must not be null");
  }

  @Test
  void transactActionWithTwoKinds_isRejected() {
    HttpResponse<String> response =
        client.call(
            "TransactWriteItems",
            "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Orders\",\"Item\":{\"id\":{\"S\":\"1\"}}},"
                + "\"Delete\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}}]}");

    assertThat(response.body())
        .contains("TransactItems can only contain one of Check, Put, Update or Delete");
  }

  @Test
  void transactActionWithNoKind_isRejected() {
    HttpResponse<String> response = client.call("TransactWriteItems", "{\"TransactItems\":[{}]}");

    assertThat(response.body())
        .contains(
            "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
  }

  @Test
  void transactGetItems_answersInRequestOrder() {
    engine.answering(
        request ->
            new TransactGetItemsResponse(
                List.of(Optional.empty(), Optional.of(Map.of("id", AttributeValue.s("2")))),
                List.of()));

    HttpResponse<String> response =
        client.call(
            "TransactGetItems",
            "{\"TransactItems\":[{\"Get\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}},"
                + "{\"Get\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"2\"}}}}]}");

    assertThat(response.body()).isEqualTo("{\"Responses\":[{},{\"Item\":{\"id\":{\"S\":\"2\"}}}]}");
  }

  @Test
  void invalidExpressionValue_namesTheKey() {
    // Developer Guide Expressions.UpdateExpressions: "ExpressionAttributeValues contains invalid
    // value: ... for key :e".
    HttpResponse<String> response =
        client.call(
            "UpdateItem",
            "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}},\"UpdateExpression\":\"DELETE s :e\","
                + "\"ExpressionAttributeValues\":{\":e\":{\"SS\":[]}}}");

    assertThat(response.body())
        .contains(
            "ExpressionAttributeValues contains invalid value: One or more parameter values were"
                + " invalid: An string set  may not be empty for key :e");
  }

  @Test
  void scan_mapsSegmentsAndFilter() {
    engine.answering(request -> new PageResponse(List.of(), 0, 0, null, null));

    client.call(
        "Scan",
        "{\"TableName\":\"Orders\",\"Segment\":1,\"TotalSegments\":4,\"ConsistentRead\":true,"
            + "\"FilterExpression\":\"#n <> :v\",\"ExpressionAttributeNames\":{\"#n\":\"n\"},"
            + "\"ExpressionAttributeValues\":{\":v\":{\"NULL\":true}}}");

    ScanRequest scan = (ScanRequest) engine.lastRequest();
    assertThat(scan.segment()).isEqualTo(1);
    assertThat(scan.totalSegments()).isEqualTo(4);
    assertThat(scan.consistentRead()).isTrue();
    assertThat(scan.filter())
        .isEqualTo(
            new Condition.Compare(
                Path.of("n"), ComparisonOperator.NE, new Literal(AttributeValue.nul())));
  }

  @Test
  void updateTable_mapsIndexChanges() {
    engine.answering(request -> description("Orders"));

    client.call(
        "UpdateTable",
        "{\"TableName\":\"Orders\",\"BillingMode\":\"PROVISIONED\","
            + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":6},"
            + "\"AttributeDefinitions\":[{\"AttributeName\":\"day\",\"AttributeType\":\"N\"}],"
            + "\"GlobalSecondaryIndexUpdates\":[{\"Delete\":{\"IndexName\":\"Old\"}},"
            + "{\"Create\":{\"IndexName\":\"ByDay\",\"KeySchema\":[{\"AttributeName\":\"day\","
            + "\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"INCLUDE\","
            + "\"NonKeyAttributes\":[\"total\"]},\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,"
            + "\"WriteCapacityUnits\":1}}}]}");

    UpdateTableRequest update = (UpdateTableRequest) engine.lastRequest();
    assertThat(update.billingMode()).isEqualTo(BillingMode.PROVISIONED);
    assertThat(update.provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(5, 6));
    assertThat(update.attributeDefinitions())
        .containsExactly(new AttributeDefinition("day", ScalarAttributeType.N));
    assertThat(update.globalSecondaryIndexUpdates())
        .containsExactly(
            new GlobalSecondaryIndexUpdate.Delete("Old"),
            new GlobalSecondaryIndexUpdate.Create(
                new GlobalSecondaryIndex(
                    "ByDay",
                    List.of(KeySchemaElement.hash("day")),
                    IndexProjection.include(List.of("total")),
                    ProvisionedThroughput.of(1, 1))))
        .inOrder();
  }

  @Test
  void listTables_mapsPaging() {
    engine.answering(request -> new ListTablesResponse(List.of("A1x", "B2x"), "B2x"));

    HttpResponse<String> response =
        client.call("ListTables", "{\"ExclusiveStartTableName\":\"A0x\",\"Limit\":2}");

    assertThat(engine.lastRequest()).isEqualTo(new ListTablesRequest("A0x", 2));
    assertThat(response.body())
        .isEqualTo("{\"TableNames\":[\"A1x\",\"B2x\"],\"LastEvaluatedTableName\":\"B2x\"}");
  }

  @Test
  void updateTimeToLive_echoesTheSpecification() {
    engine.answering(request -> new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "exp"));

    HttpResponse<String> response =
        client.call(
            "UpdateTimeToLive",
            "{\"TableName\":\"Orders\",\"TimeToLiveSpecification\":{\"AttributeName\":\"exp\","
                + "\"Enabled\":true}}");

    assertThat(engine.lastRequest()).isEqualTo(new UpdateTimeToLiveRequest("Orders", "exp", true));
    assertThat(response.body())
        .isEqualTo("{\"TimeToLiveSpecification\":{\"AttributeName\":\"exp\",\"Enabled\":true}}");
  }

  @Test
  void createTableWithoutKeySchema_isCoralValidationError() {
    HttpResponse<String> response =
        client.call(
            "CreateTable",
            "{\"TableName\":\"Users\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\","
                + "\"AttributeType\":\"X\"}]}");

    assertThat(response.body())
        .contains(
            "2 validation errors detected: Value 'X' at 'attributeDefinitions.1.member.attributeType'"
                + " failed to satisfy constraint: Member must satisfy enum value set: [B, N, S];"
                + " Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
    assertThat(engine.lastRequest()).isNull();
  }

  private static TableDescription description(String name) {
    return new TableDescription(
        name,
        TableStatus.UPDATING,
        List.of(),
        List.of(KeySchemaElement.hash("id")),
        BillingMode.PROVISIONED,
        ProvisionedThroughput.of(5, 6),
        List.of(),
        List.of(),
        0,
        0,
        null,
        null,
        null,
        null);
  }
}
