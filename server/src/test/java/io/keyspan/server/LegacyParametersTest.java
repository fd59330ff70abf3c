package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.engine.Engine;
import io.keyspan.memory.MemoryEngine;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's legacy (non-expression) parameters, served over HTTP on the in-memory engine: each one
 * decides as its expression counterpart does, and bad ones are refused with DynamoDB's messages.
 */
class LegacyParametersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TABLE = "'TableName':'Legacy'";
  private static final String INVALID = "One or more parameter values were invalid: ";

  private static Engine engine;
  private static KeyspanServer server;
  private static WireClient client;

  @BeforeAll
  static void startServer() {
    engine = MemoryEngine.create();
    server = KeyspanServer.start(engine, 0);
    client = new WireClient(server.endpoint());
  }

  @AfterAll
  static void stopServer() {
    server.close();
    engine.close();
  }

  @BeforeEach
  void createTable() throws IOException {
    ok(
        "CreateTable",
        "{"
            + TABLE
            + ",'BillingMode':'PAY_PER_REQUEST',"
            + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},"
            + "{'AttributeName':'sk','AttributeType':'N'}],"
            + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},"
            + "{'AttributeName':'sk','KeyType':'RANGE'}]}");
    put("{'pk':{'S':'a'},'sk':{'N':'1'},'n':{'N':'5'},'s':{'S':'xyz'},'ss':{'SS':['p','q']}}");
    put("{'pk':{'S':'a'},'sk':{'N':'2'},'n':{'N':'7'}}");
    put("{'pk':{'S':'b'},'sk':{'N':'1'},'n':{'N':'9'}}");
  }

  @AfterEach
  void deleteTable() throws IOException {
    ok("DeleteTable", "{" + TABLE + "}");
  }

  // ------------------------------------------------------------------ Expected

  @Test
  void expectedExistsFalse_putsOnlyAnAbsentItem() throws IOException {
    String put =
        "{" + TABLE + ",'Item':{'pk':{'S':'c'},'sk':{'N':'1'}},'Expected':{'pk':{'Exists':false}}}";

    ok("PutItem", put);

    assertThat(error("PutItem", put)).isEqualTo("ConditionalCheckFailedException");
  }

  @Test
  void expectedValue_comparesForEquality() throws IOException {
    assertThat(error("DeleteItem", deleteIf("'n':{'Value':{'N':'6'}}")))
        .isEqualTo("ConditionalCheckFailedException");

    ok("DeleteItem", deleteIf("'n':{'Value':{'N':'5'},'Exists':true}"));

    assertThat(scanCount("")).isEqualTo(2);
  }

  @Test
  void expectedOperators_areJoinedByConditionalOperator() throws IOException {
    String conditions =
        "'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'100'}]},"
            + "'s':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'S':'xy'}]}";
    assertThat(error("DeleteItem", deleteIf(conditions)))
        .isEqualTo("ConditionalCheckFailedException");

    ok(
        "DeleteItem",
        deleteIf(conditions + "},'ConditionalOperator':'OR','Expected':{" + conditions));

    assertThat(scanCount("")).isEqualTo(2);
  }

  @Test
  void expectedOperatorWithValue_takesTheValueAsItsOneArgument() throws IOException {
    ok("DeleteItem", deleteIf("'ss':{'ComparisonOperator':'CONTAINS','Value':{'S':'q'}}"));

    assertThat(scanCount("")).isEqualTo(2);
  }

  @Test
  void expectedMistakes_areRefusedWithDynamoDbsMessages() throws IOException {
    assertThat(message("DeleteItem", deleteIf("'n':{'Exists':false,'Value':{'N':'5'}}")))
        .isEqualTo(INVALID + "Value cannot be used when Exists is false for Attribute: n");
    assertThat(message("DeleteItem", deleteIf("'n':{'Exists':true}")))
        .isEqualTo(INVALID + "Value must be provided when Exists is true for Attribute: n");
    assertThat(message("DeleteItem", deleteIf("'n':{}")))
        .isEqualTo(INVALID + "Value must be provided when Exists is null for Attribute: n");
    assertThat(message("DeleteItem", deleteIf("'n':{'ComparisonOperator':'NULL','Exists':false}")))
        .isEqualTo(
            INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: n");
    assertThat(
            message(
                "DeleteItem", deleteIf("'n':{'Value':{'N':'1'},'AttributeValueList':[{'N':'1'}]}")))
        .isEqualTo(
            INVALID + "Value and AttributeValueList cannot be used together for Attribute: n");
    assertThat(message("DeleteItem", deleteIf("'n':{'AttributeValueList':[{'N':'1'}]}")))
        .isEqualTo(
            INVALID
                + "AttributeValueList can only be used with a ComparisonOperator for Attribute: n");
    assertThat(message("DeleteItem", deleteIf("'n':{'ComparisonOperator':'LT'}")))
        .isEqualTo(
            INVALID
                + "Value or AttributeValueList must be used with ComparisonOperator: LT for"
                + " Attribute: n");
    assertThat(scanCount("")).isEqualTo(3);
  }

  @Test
  void expectedWithConditionExpression_isRefused() throws IOException {
    assertThat(
            message(
                "PutItem",
                "{"
                    + TABLE
                    + ",'Item':{'pk':{'S':'c'},'sk':{'N':'1'}},'Expected':{'pk':{'Exists':false}},"
                    + "'ConditionExpression':'attribute_not_exists(pk)'}"))
        .isEqualTo(
            "Can not use both expression and non-expression parameters in the same request:"
                + " Non-expression parameters: {Expected} Expression parameters:"
                + " {ConditionExpression}");
  }

  // ------------------------------------------------------------------ operator checks

  @Test
  void operatorArgumentsAndTypes_areChecked() throws IOException {
    assertThat(
            filterMessage("'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'}]}"))
        .isEqualTo(INVALID + "Invalid number of argument(s) for the BETWEEN ComparisonOperator");
    assertThat(
            filterMessage("'n':{'ComparisonOperator':'NOT_NULL','AttributeValueList':[{'N':'1'}]}"))
        .isEqualTo(INVALID + "Invalid number of argument(s) for the NOT_NULL ComparisonOperator");
    assertThat(filterMessage("'n':{'ComparisonOperator':'IN','AttributeValueList':[]}"))
        .isEqualTo(INVALID + "Invalid number of argument(s) for the IN ComparisonOperator");
    assertThat(
            filterMessage(
                "'n':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'1'},{'S':'1'}]}"))
        .isEqualTo(INVALID + "AttributeValues inside AttributeValueList must be of same type");
    assertThat(filterMessage("'n':{'ComparisonOperator':'GT','AttributeValueList':[{'SS':['a']}]}"))
        .isEqualTo(INVALID + "ComparisonOperator GT is not valid for SS AttributeValue type");
    assertThat(
            filterMessage(
                "'n':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'N':'1'}]}"))
        .isEqualTo(
            INVALID + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type");
    assertThat(
            filterMessage(
                "'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'9'},{'N':'1'}]}"))
        .isEqualTo(
            "The BETWEEN condition was provided a range where the lower bound is greater than the"
                + " upper bound");
    assertThat(filterMessage("'n':{'AttributeValueList':[{'N':'1'}]}"))
        .isEqualTo(
            "1 validation error detected: Value null at 'scanFilter.n.member.comparisonOperator'"
                + " failed to satisfy constraint: Member must not be null");
    assertThat(filterMessage("'n':{'ComparisonOperator':'LIKE'}"))
        .isEqualTo(
            "1 validation error detected: Value 'LIKE' at 'scanFilter.n.member.comparisonOperator'"
                + " failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL,"
                + " BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE,"
                + " CONTAINS]");
  }

  // ------------------------------------------------------------------ ScanFilter, QueryFilter

  @Test
  void scanFilter_decidesEachOperatorAsItsExpression() throws IOException {
    assertThat(
            scanCount(
                ",'ScanFilter':{'n':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'7'}]}}"))
        .isEqualTo(2);
    assertThat(scanCount(",'ScanFilter':{'s':{'ComparisonOperator':'NULL'}}")).isEqualTo(2);
    assertThat(
            scanCount(
                ",'ScanFilter':{'ss':{'ComparisonOperator':'NOT_CONTAINS','AttributeValueList':[{'S':'p'}]}}"))
        .isEqualTo(2);
    assertThat(
            scanCount(
                ",'ScanFilter':{'n':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'5'},{'N':'9'}]}}"))
        .isEqualTo(2);
    assertThat(
            scanCount(
                ",'ScanFilter':{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'6'},{'N':'9'}]},"
                    + "'pk':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'b'}]}}"))
        .isEqualTo(1);
    assertThat(
            scanCount(
                ",'ScanFilter':{'n':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'9'}]},"
                    + "'s':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'y'}]}},"
                    + "'ConditionalOperator':'OR'"))
        .isEqualTo(2);
  }

  @Test
  void badConditionalOperator_isRefused() throws IOException {
    assertThat(message("Scan", "{" + TABLE + ",'ConditionalOperator':'XOR'}"))
        .isEqualTo(
            "1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [OR, AND]");
  }

  // ------------------------------------------------------------------ KeyConditions

  @Test
  void keyConditions_selectTheItemsOfAKeyRange() throws IOException {
    JsonNode page =
        ok(
            "Query",
            "{"
                + TABLE
                + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]},"
                + "'sk':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'1'}]}}}");

    assertThat(page.get("Items"))
        .isEqualTo(
            JSON.readTree("[{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"2\"},\"n\":{\"N\":\"7\"}}]"));
  }

  @Test
  void keyConditions_goWithQueryFilterOrFilterExpression() throws IOException {
    String keys =
        "{"
            + TABLE
            + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}}";

    JsonNode legacy =
        ok(
            "Query",
            keys
                + ",'QueryFilter':{'n':{'ComparisonOperator':'LT','AttributeValueList':[{'N':'6'}]}},"
                + "'AttributesToGet':['n']}");
    JsonNode mixed =
        ok(
            "Query",
            keys
                + ",'FilterExpression':'n < :six','ExpressionAttributeValues':{':six':{'N':'6'}}}");

    assertThat(legacy.get("Items").toString()).isEqualTo("[{\"n\":{\"N\":\"5\"}}]");
    assertThat(mixed.get("Count").asInt()).isEqualTo(1);
  }

  @Test
  void keyConditionMistakes_areRefused() throws IOException {
    assertThat(
            message(
                "Query",
                "{"
                    + TABLE
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'a'}]}}}"))
        .isEqualTo("Attempted conditional constraint is not an indexable operation");
    assertThat(message("Query", "{" + TABLE + ",'KeyConditions':{}}"))
        .isEqualTo("Conditions can be of length 1 or 2 only");
    assertThat(
            message(
                "Query",
                "{"
                    + TABLE
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}},"
                    + "'KeyConditionExpression':'pk = :a','ExpressionAttributeValues':{':a':{'S':'a'}}}"))
        .isEqualTo(
            "Can not use both expression and non-expression parameters in the same request:"
                + " Non-expression parameters: {KeyConditions} Expression parameters:"
                + " {KeyConditionExpression}");
  }

  @Test
  void engineErrors_nameTheLegacyParameter() throws IOException {
    String keys =
        "{"
            + TABLE
            + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}}";

    assertThat(message("Query", keys + ",'AttributesToGet':['n'],'Select':'ALL_ATTRIBUTES'}"))
        .isEqualTo("Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES");
    assertThat(message("Scan", "{" + TABLE + ",'AttributesToGet':['n'],'Select':'COUNT'}"))
        .isEqualTo("Cannot specify the AttributesToGet when choosing to get only the Count");
    assertThat(
            message(
                "Query",
                keys
                    + ",'QueryFilter':{'sk':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'1'}]}}}"))
        .isEqualTo(
            "QueryFilter can only contain non-primary key attributes: Primary key attribute: sk");
  }

  // ------------------------------------------------------------------ AttributesToGet

  @Test
  void attributesToGet_projectTopLevelAttributes() throws IOException {
    JsonNode item =
        ok(
            "GetItem",
            "{"
                + TABLE
                + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'AttributesToGet':['s','n','none']}");

    assertThat(item.toString()).isEqualTo("{\"Item\":{\"n\":{\"N\":\"5\"},\"s\":{\"S\":\"xyz\"}}}");
  }

  @Test
  void attributesToGet_inBatchGetItem() throws IOException {
    JsonNode batch =
        ok(
            "BatchGetItem",
            "{'RequestItems':{'Legacy':{'Keys':[{'pk':{'S':'b'},'sk':{'N':'1'}}],'AttributesToGet':['n']}}}");

    assertThat(batch.get("Responses").toString()).isEqualTo("{\"Legacy\":[{\"n\":{\"N\":\"9\"}}]}");
  }

  @Test
  void duplicateAttributesToGet_areRefused() throws IOException {
    assertThat(
            message(
                "GetItem",
                "{"
                    + TABLE
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'AttributesToGet':['n','n']}"))
        .isEqualTo(INVALID + "Duplicate value in attribute name: n");
  }

  // ------------------------------------------------------------------ AttributeUpdates

  @Test
  void attributeUpdates_putAddAndDelete() throws IOException {
    JsonNode updated =
        ok(
            "UpdateItem",
            update(
                "'s':{'Action':'PUT','Value':{'S':'new'}},'n':{'Action':'ADD','Value':{'N':'2'}},"
                    + "'ss':{'Action':'DELETE','Value':{'SS':['p']}},'t':{'Value':{'N':'1'}},"
                    + "'gone':{'Action':'DELETE'}}"
                    + ",'ReturnValues':'ALL_NEW'"));

    assertThat(JSON.readTree(updated.get("Attributes").toString()))
        .isEqualTo(
            JSON.readTree(
                "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"n\":{\"N\":\"7\"},"
                    + "\"s\":{\"S\":\"new\"},\"ss\":{\"SS\":[\"q\"]},\"t\":{\"N\":\"1\"}}"));
  }

  @Test
  void attributeUpdatesWithExpected_updateOnlyWhenTheConditionHolds() throws IOException {
    String request =
        update("'n':{'Action':'ADD','Value':{'N':'1'}}},'Expected':{'n':{'Value':{'N':'5'}}}");

    ok("UpdateItem", request);

    assertThat(error("UpdateItem", request)).isEqualTo("ConditionalCheckFailedException");
  }

  @Test
  void attributeUpdateMistakes_areRefused() throws IOException {
    assertThat(message("UpdateItem", update("'s':{'Action':'PUT'}}")))
        .isEqualTo(INVALID + "Only DELETE action is allowed when no attribute value is specified");
    assertThat(message("UpdateItem", update("'s':{'Action':'ADD','Value':{'S':'x'}}}")))
        .isEqualTo(INVALID + "ADD action is not supported for the type S");
    assertThat(message("UpdateItem", update("'s':{'Action':'DELETE','Value':{'S':'x'}}}")))
        .isEqualTo(INVALID + "DELETE action with value is not supported for the type S");
    assertThat(message("UpdateItem", update("'pk':{'Action':'PUT','Value':{'S':'x'}}}")))
        .isEqualTo(INVALID + "Cannot update attribute pk. This attribute is part of the key");
    assertThat(
            message("UpdateItem", update("'s':{'Value':{'S':'x'}}},'UpdateExpression':'REMOVE s'")))
        .isEqualTo(
            "Can not use both expression and non-expression parameters in the same request:"
                + " Non-expression parameters: {AttributeUpdates} Expression parameters:"
                + " {UpdateExpression}");
  }

  // ------------------------------------------------------------------ helpers

  private static String deleteIf(String expected) {
    return "{" + TABLE + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'Expected':{" + expected + "}}";
  }

  private static String update(String attributeUpdates) {
    return "{"
        + TABLE
        + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'AttributeUpdates':{"
        + attributeUpdates
        + "}";
  }

  private void put(String item) throws IOException {
    ok("PutItem", "{" + TABLE + ",'Item':" + item + "}");
  }

  private int scanCount(String members) throws IOException {
    return ok("Scan", "{" + TABLE + members + "}").get("Count").asInt();
  }

  private String filterMessage(String scanFilter) throws IOException {
    return message("Scan", "{" + TABLE + ",'ScanFilter':{" + scanFilter + "}}");
  }

  private HttpResponse<String> call(String operation, String body) {
    return client.call(operation, body.replace('\'', '"'));
  }

  private JsonNode ok(String operation, String body) throws IOException {
    HttpResponse<String> response = call(operation, body);
    assertThat(response.body()).doesNotContain("__type");
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The error type of a refused request, without its namespace. */
  private String error(String operation, String body) throws IOException {
    HttpResponse<String> response = call(operation, body);
    assertThat(response.statusCode()).isEqualTo(400);
    String type = JSON.readTree(response.body()).get("__type").asText();
    return type.substring(type.indexOf('#') + 1);
  }

  private String message(String operation, String body) throws IOException {
    HttpResponse<String> response = call(operation, body);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("__type").asText()).endsWith("ValidationException");
    return error.get("message").asText();
  }
}
