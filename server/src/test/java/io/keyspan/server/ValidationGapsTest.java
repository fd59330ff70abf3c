package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests DynamoDB refuses, sent as raw JSON so nothing in an SDK smooths them: each answer is a
 * 400 with DynamoDB's error type and text.
 */
class ValidationGapsTest {
  private static final String VALIDATION = "com.amazon.coral.validate#ValidationException";

  @RegisterExtension final LocalServer local = new LocalServer();

  private HttpResponse<String> call(String operation, String body) {
    return new WireClient(local.server().endpoint()).call(operation, body);
  }

  private void assertError(HttpResponse<String> response, String type, String message) {
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("__type").asText()).isEqualTo(type);
    assertThat(body.get("message").asText()).isEqualTo(message);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return TestJson.MAPPER.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ index projections

  private static final String UNTYPED_GSI =
      "{\"IndexName\":\"ByTag\",\"KeySchema\":[{\"AttributeName\":\"tag\",\"KeyType\":\"HASH\"}],"
          + "\"Projection\":{}}";

  @Test
  void createTable_withAGlobalIndexWithoutProjectionType_isRejected() {
    // API Projection: ProjectionType is KEYS_ONLY, INCLUDE or ALL; DynamoDB refuses an index whose
    // Projection names none. The text is dynalite's (validations/createTable.js), copied from
    // DynamoDB.
    HttpResponse<String> response =
        call(
            "CreateTable",
            "{\"TableName\":\"Orders\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"tag\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}],"
                + "\"GlobalSecondaryIndexes\":["
                + UNTYPED_GSI
                + "]}");
    assertError(
        response,
        VALIDATION,
        "One or more parameter values were invalid: Unknown ProjectionType: null");
    assertThat(call("ListTables", "{}").body()).isEqualTo("{\"TableNames\":[]}");
  }

  @Test
  void updateTable_creatingAGlobalIndexWithoutProjectionType_isRejected() {
    local.createTable("Orders", "p");
    HttpResponse<String> response =
        call(
            "UpdateTable",
            "{\"TableName\":\"Orders\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"tag\",\"AttributeType\":\"S\"}],"
                + "\"GlobalSecondaryIndexUpdates\":[{\"Create\":"
                + UNTYPED_GSI
                + "}]}");
    assertError(
        response,
        VALIDATION,
        "One or more parameter values were invalid: Unknown ProjectionType: null");
    assertThat(
            local
                .client()
                .describeTable(r -> r.tableName("Orders"))
                .table()
                .globalSecondaryIndexes())
        .isEmpty();
  }

  // ------------------------------------------------------------------ Coral's listings

  // The texts and orders below are dynalite's (validations/*.js), which copies DynamoDB's
  // responses; the API reference prints neither.

  @Test
  void enumViolations_listTheValuesInDynamoDbsOrder() {
    local.createTable("Orders", "p");
    assertError(
        call(
            "PutItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"p\":{\"S\":\"a\"}},\"ReturnValues\":\"X\","
                + "\"ReturnConsumedCapacity\":\"Y\",\"ReturnItemCollectionMetrics\":\"Z\"}"),
        VALIDATION,
        "3 validation errors detected: Value 'Y' at 'returnConsumedCapacity' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'X' at"
            + " 'returnValues' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; Value 'Z' at"
            + " 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum"
            + " value set: [SIZE, NONE]");
    assertError(
        call(
            "CreateTable",
            "{\"TableName\":\"Things\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"X\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}]}"),
        VALIDATION,
        "1 validation error detected: Value 'X' at 'attributeDefinitions.1.member.attributeType'"
            + " failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
  }

  @Test
  void violationsOfOneRequest_areListedInDynamoDbsMemberOrder() {
    assertError(
        call("Scan", "{\"TableName\":\"Orders\",\"Limit\":-1,\"Segment\":-1}"),
        VALIDATION,
        "2 validation errors detected: Value '-1' at 'segment' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 0; Value '-1' at 'limit' failed to"
            + " satisfy constraint: Member must have value greater than or equal to 1");
    assertError(
        call(
            "UpdateItem",
            "{\"TableName\":\"Orders\",\"Key\":{\"p\":{\"S\":\"a\"}},\"ReturnValues\":\"X\","
                + "\"ReturnItemCollectionMetrics\":\"Z\"}"),
        VALIDATION,
        "2 validation errors detected: Value 'Z' at 'returnItemCollectionMetrics' failed to"
            + " satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]; Value 'X' at"
            + " 'returnValues' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
  }

  @Test
  void batchRequestItems_areCheckedAsAMap_ofTableNamesAndBoundedLists() {
    assertError(
        call("BatchWriteItem", "{\"RequestItems\":{\"Orders\":[]}}"),
        VALIDATION,
        "1 validation error detected: Value '{\"Orders\":[]}' at 'requestItems' failed to satisfy"
            + " constraint: Map value must satisfy constraint: [Member must have length less than or"
            + " equal to 25, Member must have length greater than or equal to 1]");
    assertError(
        call("BatchGetItem", "{\"RequestItems\":{\"ab\":{\"Keys\":[{\"p\":{\"S\":\"a\"}}]}}}"),
        VALIDATION,
        "1 validation error detected: Value '{\"ab\":{\"Keys\":[{\"p\":{\"S\":\"a\"}}]}}' at"
            + " 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint:"
            + " [Member must have length less than or equal to 255, Member must have length greater"
            + " than or equal to 3, Member must satisfy regular expression pattern:"
            + " [a-zA-Z0-9_.-]+]");
  }

  @Test
  void anEmptyBinarySet_hasItsOwnWording() {
    local.createTable("Orders", "p");
    assertError(
        call(
            "PutItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"p\":{\"S\":\"a\"},\"x\":{\"BS\":[]}}}"),
        VALIDATION,
        "One or more parameter values were invalid: Binary sets should not be empty");
  }

  // ------------------------------------------------------------------ legacy with expressions

  @Test
  void keyConditions_goWithAProjectionExpression_butAttributesToGetDoesNot() {
    // API Query: KeyConditions is the legacy form of KeyConditionExpression only; dynalite
    // (validations/index.js) rejects any other legacy parameter beside an expression.
    local.createTable("Orders", "p");
    HttpResponse<String> query =
        call(
            "Query",
            "{\"TableName\":\"Orders\",\"KeyConditions\":{\"p\":{\"ComparisonOperator\":\"EQ\","
                + "\"AttributeValueList\":[{\"S\":\"a\"}]}},\"ProjectionExpression\":\"p\"}");
    assertThat(query.statusCode()).isEqualTo(200);
    assertError(
        call(
            "GetItem",
            "{\"TableName\":\"Orders\",\"Key\":{\"p\":{\"S\":\"a\"}},\"AttributesToGet\":[\"p\"],"
                + "\"ProjectionExpression\":\"p\"}"),
        VALIDATION,
        "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {AttributesToGet} Expression parameters:"
            + " {ProjectionExpression}");
  }

  // ------------------------------------------------------------------ serialization first

  private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

  @Test
  void aMemberOfTheWrongJsonType_isASerializationError_beforeAnyConstraintIsChecked() {
    // DynamoDB deserializes the whole request before it validates it (dynalite
    // validations/index.js: checkTypes runs before checkValidations): the too short table name is
    // not reported, the boolean condition is.
    HttpResponse<String> response =
        call(
            "PutItem",
            "{\"TableName\":\"a\",\"Item\":{\"p\":{\"S\":\"a\"}},\"ConditionExpression\":true}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("__type").asText()).isEqualTo(SERIALIZATION);

    HttpResponse<String> update =
        call(
            "UpdateItem",
            "{\"TableName\":\"a\",\"Key\":{\"p\":{\"S\":\"a\"}},\"UpdateExpression\":{\"x\":1}}");
    assertThat(json(update).get("__type").asText()).isEqualTo(SERIALIZATION);

    HttpResponse<String> scan =
        call("Scan", "{\"TableName\":\"a\",\"Limit\":0,\"AttributesToGet\":{\"a\":1}}");
    assertThat(json(scan).get("__type").asText()).isEqualTo(SERIALIZATION);
  }

  private void assertSerialization(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("__type").asText()).isEqualTo(SERIALIZATION);
    assertThat(body.get("Message").asText()).isEqualTo(message);
  }

  @Test
  void aNestedMemberOfTheWrongJsonType_isASerializationError_beforeValidationAndTheTableLookup() {
    // The too short table name, the missing table and the empty string set are all later faults.
    assertSerialization(
        call("PutItem", "{\"TableName\":\"a\",\"Item\":{\"p\":{\"SS\":[1]}}}"),
        "class java.lang.Short can not be converted to an String");
    assertSerialization(
        call(
            "PutItem",
            "{\"TableName\":\"Missing\",\"Item\":{\"p\":{\"S\":\"a\"},"
                + "\"m\":{\"M\":{\"n\":{\"L\":[{\"BOOL\":\"yes\"}]}}}}}"),
        "'YES' can not be converted to an Boolean");
    assertSerialization(
        call(
            "UpdateItem",
            "{\"TableName\":\"Missing\",\"Key\":{\"p\":{\"S\":\"a\"}},"
                + "\"ExpressionAttributeValues\":{\":v\":{\"SS\":[]},\":w\":{\"N\":[\"1\"]}}}"),
        "Start of list found where not expected");
  }

  @Test
  void theFirstMismatchInDocumentOrder_isTheOneReported() {
    assertSerialization(
        call(
            "PutItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"p\":{\"S\":1}},\"ConditionExpression\":true}"),
        "class java.lang.Short can not be converted to an String");
    assertSerialization(
        call(
            "PutItem",
            "{\"ConditionExpression\":true,\"TableName\":\"Orders\",\"Item\":{\"p\":{\"S\":1}}}"),
        "class java.lang.Boolean can not be converted to an String");
  }

  @Test
  void batchAndTransactionMembers_areCheckedInsideTheirStructures() {
    assertSerialization(
        call(
            "BatchWriteItem",
            "{\"RequestItems\":{\"a\":[{\"PutRequest\":{\"Item\":{\"p\":{\"N\":true}}}}]}}"),
        "class java.lang.Boolean can not be converted to an String");
    assertSerialization(
        call("BatchWriteItem", "{\"RequestItems\":{\"Orders\":{\"PutRequest\":{}}}}"),
        "Start of structure or map found where not expected.");
    assertSerialization(
        call("BatchGetItem", "{\"RequestItems\":{\"a\":{\"Keys\":[{\"p\":{\"S\":5}}]}}}"),
        "class java.lang.Short can not be converted to an String");
    assertSerialization(
        call(
            "TransactWriteItems",
            "{\"TransactItems\":[{\"Update\":{\"TableName\":\"a\",\"Key\":{},"
                + "\"UpdateExpression\":[\"SET a = :a\"]}}]}"),
        "Start of list found where not expected");
    assertSerialization(
        call(
            "CreateTable",
            "{\"TableName\":\"a\",\"KeySchema\":[{\"AttributeName\":7,\"KeyType\":\"HASH\"}]}"),
        "class java.lang.Short can not be converted to an String");
  }

  @Test
  void aTagsKeyAndValue_areStrings_notAttributeValues() {
    assertSerialization(
        call(
            "TagResource",
            "{\"ResourceArn\":\"x\",\"Tags\":[{\"Key\":\"k\",\"Value\":{\"S\":\"v\"}}]}"),
        "Start of structure or map found where not expected.");
    HttpResponse<String> wellTyped =
        call("TagResource", "{\"ResourceArn\":\"x\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
    assertThat(json(wellTyped).get("__type").asText()).isNotEqualTo(SERIALIZATION);
  }

  @Test
  void capacityUnits_areLongs() {
    // DynamoDB's ProvisionedThroughput members are Longs: a string is "converted to an Long".
    assertSerialization(
        call(
            "CreateTable",
            "{\"TableName\":\"a\",\"ProvisionedThroughput\":"
                + "{\"ReadCapacityUnits\":\"5\",\"WriteCapacityUnits\":5}}"),
        "class java.lang.String can not be converted to an Long");
    assertError(
        call(
            "CreateTable",
            "{\"TableName\":\"Capacity\",\"BillingMode\":\"PROVISIONED\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}],"
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":3000000000}}"),
        VALIDATION,
        "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed"
            + " to satisfy constraint: Member must have value greater than or equal to 1");
  }
}
