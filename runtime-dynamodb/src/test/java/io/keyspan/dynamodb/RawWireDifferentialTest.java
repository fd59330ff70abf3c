package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertWithMessage;
import static io.keyspan.dynamodb.WireCalls.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.Keyspan;
import io.keyspan.dynamodb.WireCalls.Answer;
import io.keyspan.dynamodb.WireCalls.Call;
import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.server.KeyspanServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same raw JSON requests sent to Keyspan's server (over the in-memory engine) and to dynalite:
 * the HTTP status, the error type and message, and the response bodies must be equal, for the
 * operations dynalite supports. This checks the wire layer itself, which the SDK would otherwise
 * smooth over (field names, absent versus empty fields, error namespaces).
 */
@Tag("emulators")
class RawWireDifferentialTest {
  private static final String TABLE = "RawWire";
  private static final String LEGACY_TABLE = "RawWireLegacy";

  private static KeyspanServer server;

  @BeforeAll
  static void startServer() {
    server = KeyspanServer.start(Keyspan.inMemory().engine(), 0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  /** CreateTable of a table keyed by pk (S) and sk (N), the schema both sessions use. */
  private static Call createTable(String table) {
    return call(
        "CreateTable",
        "{"
            + table
            + ",'BillingMode':'PAY_PER_REQUEST',"
            + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'sk','AttributeType':'N'}],"
            + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}]}");
  }

  @Test
  void sameRequests_sameResponses() throws Exception {
    String table = "'TableName':'" + TABLE + "'";
    List<Call> session =
        List.of(
            createTable(table),
            call(
                "PutItem",
                "{"
                    + table
                    + ",'Item':{'pk':{'S':'a'},'sk':{'N':'1'},'n':{'N':'5'},'s':{'S':'x'}}}"),
            call(
                "PutItem",
                "{"
                    + table
                    + ",'Item':{'pk':{'S':'a'},'sk':{'N':'2'},'n':{'N':'7'},'l':{'L':[{'S':'y'},{'BOOL':true}]}}}"),
            call(
                "PutItem",
                "{" + table + ",'Item':{'pk':{'S':'b'},'sk':{'N':'1'},'ss':{'SS':['p','q']}}}"),
            call(
                "PutItem",
                "{"
                    + table
                    + ",'Item':{'pk':{'S':'a'},'sk':{'N':'1'},'n':{'N':'6'},'s':{'S':'x'}},'ReturnValues':'ALL_OLD'}"),
            call("GetItem", "{" + table + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}}}"),
            call("GetItem", "{" + table + ",'Key':{'pk':{'S':'zz'},'sk':{'N':'1'}}}"),
            call(
                "GetItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'2'}},'ProjectionExpression':'l[1], n'}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                    + "'UpdateExpression':'SET n = n + :one, t = :t','ExpressionAttributeValues':{':one':{'N':'1'},':t':{'S':'new'}},"
                    + "'ReturnValues':'UPDATED_NEW'}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                    + "'UpdateExpression':'REMOVE t','ConditionExpression':'n > :big','ExpressionAttributeValues':{':big':{'N':'100'}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'UpdateExpression':'SET x = y'}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'UpdateExpression':'SET size = :v',"
                    + "'ExpressionAttributeValues':{':v':{'N':'1'}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'UpdateExpression':'SET a = :v'}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'UpdateExpression':'SET a = :v',"
                    + "'ExpressionAttributeValues':{':v':{'N':'1'},':w':{'N':'2'}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ",'Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'UpdateExpression':'SET pk = :v',"
                    + "'ExpressionAttributeValues':{':v':{'S':'c'}}}"),
            call("PutItem", "{" + table + ",'Item':{'pk':{'S':'a'},'n':{'N':'1'}}}"),
            call("PutItem", "{" + table + ",'Item':{'pk':{'N':'1'},'sk':{'N':'1'}}}"),
            call(
                "PutItem",
                "{" + table + ",'Item':{'pk':{'S':'a'},'sk':{'N':'3'},'big':{'N':'1E+126'}}}"),
            call(
                "PutItem",
                "{" + table + ",'Item':{'pk':{'S':'a'},'sk':{'N':'3'},'dup':{'SS':['x','x']}}}"),
            call("GetItem", "{" + table + ",'Key':{'pk':{'S':'a'}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'S':'a'}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditionExpression':'pk = :p AND sk > :s','ExpressionAttributeValues':{':p':{'S':'a'},':s':{'N':'1'}},"
                    + "'ScanIndexForward':false}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'S':'a'}},'Limit':1}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditionExpression':'pk = :p','FilterExpression':'n >= :n',"
                    + "'ExpressionAttributeValues':{':p':{'S':'a'},':n':{'N':'7'}},'Select':'COUNT'}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditionExpression':'pk = :p OR sk = :s','ExpressionAttributeValues':{':p':{'S':'a'},':s':{'N':'1'}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditionExpression':'pk = :p','FilterExpression':'sk = :s',"
                    + "'ExpressionAttributeValues':{':p':{'S':'a'},':s':{'N':'1'}}}"),
            call(
                "Query",
                "{'TableName':'NoSuchTable','KeyConditionExpression':'pk = :p','ExpressionAttributeValues':{':p':{'S':'a'}}}"),
            call(
                "Scan",
                "{"
                    + table
                    + ",'FilterExpression':'attribute_exists(l) OR contains(ss, :q)','ExpressionAttributeValues':{':q':{'S':'q'}}}"),
            call(
                "BatchWriteItem",
                "{'RequestItems':{'"
                    + TABLE
                    + "':[{'PutRequest':{'Item':{'pk':{'S':'c'},'sk':{'N':'1'}}}},"
                    + "{'DeleteRequest':{'Key':{'pk':{'S':'b'},'sk':{'N':'1'}}}}]}}"),
            call(
                "BatchGetItem",
                "{'RequestItems':{'"
                    + TABLE
                    + "':{'Keys':[{'pk':{'S':'a'},'sk':{'N':'1'}},{'pk':{'S':'c'},'sk':{'N':'1'}},"
                    + "{'pk':{'S':'b'},'sk':{'N':'1'}}]}}}"),
            call(
                "DeleteItem",
                "{" + table + ",'Key':{'pk':{'S':'a'},'sk':{'N':'2'}},'ReturnValues':'ALL_OLD'}"),
            call("Scan", "{" + table + "}"),
            call("DeleteTable", "{" + table + "}"));

    // The session's 14 bad requests (condition, syntax, reserved word, placeholders, key, number,
    // set and schema errors) were all answered as errors, so their bodies were compared too.
    assertSameAnswers(session, 14);
  }

  /**
   * DynamoDB's legacy (non-expression) parameters, served by translating them into expressions:
   * conditions, filters, key conditions, projections and updates, and the mistakes DynamoDB refuses
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html).
   */
  @Test
  void legacyParameters_sameResponses() throws Exception {
    String table = "'TableName':'" + LEGACY_TABLE + "'";
    String key = "'Key':{'pk':{'S':'a'},'sk':{'N':'1'}}";
    List<Call> session =
        List.of(
            createTable(table),
            call(
                "PutItem",
                "{"
                    + table
                    + ",'Item':{'pk':{'S':'a'},'sk':{'N':'1'},'n':{'N':'5'},'s':{'S':'xyz'},'ss':{'SS':['p','q']}},"
                    + "'Expected':{'pk':{'Exists':false}}}"),
            call(
                "PutItem",
                "{"
                    + table
                    + ",'Item':{'pk':{'S':'a'},'sk':{'N':'1'}},'Expected':{'pk':{'Exists':false}}}"),
            call(
                "PutItem",
                "{"
                    + table
                    + ",'Item':{'pk':{'S':'a'},'sk':{'N':'2'},'n':{'N':'7'}},"
                    + "'Expected':{'n':{'ComparisonOperator':'NULL'},'s':{'ComparisonOperator':'NOT_NULL'}},"
                    + "'ConditionalOperator':'OR'}"),
            call("PutItem", "{" + table + ",'Item':{'pk':{'S':'b'},'sk':{'N':'1'},'n':{'N':'9'}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'AttributeUpdates':{'n':{'Action':'ADD','Value':{'N':'2'}},"
                    + "'ss':{'Action':'DELETE','Value':{'SS':['p']}},'t':{'Value':{'S':'new'}},"
                    + "'s':{'Action':'DELETE'}},"
                    + "'Expected':{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'},{'N':'5'}]},"
                    + "'ss':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'q'}]}},"
                    + "'ReturnValues':'ALL_NEW'}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'AttributeUpdates':{'n':{'Action':'PUT','Value':{'N':'0'}}},"
                    + "'Expected':{'n':{'Value':{'N':'5'}}}}"),
            call(
                "GetItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'AttributesToGet':['n','t','none'],'ConsistentRead':true}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]},"
                    + "'sk':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'},{'N':'2'}]}},"
                    + "'QueryFilter':{'n':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'7'}]}},"
                    + "'AttributesToGet':['sk','n']}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}},"
                    + "'FilterExpression':'attribute_exists(t)','ScanIndexForward':false}"),
            call(
                "Scan",
                "{"
                    + table
                    + ",'ScanFilter':{'n':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'9'},{'N':'7'}]},"
                    + "'pk':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'b'}]}}}"),
            // dynalite decides an OR by its first condition alone (EMULATORS.md), so here the
            // first one holds wherever the second does.
            call(
                "Scan",
                "{"
                    + table
                    + ",'ScanFilter':{'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'6'}]},"
                    + "'t':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'S':'ne'}]}},"
                    + "'ConditionalOperator':'OR','Select':'COUNT'}"),
            call(
                "DeleteItem",
                "{" + table + "," + key + ",'Expected':{'n':{'Exists':false,'Value':{'N':'1'}}}}"),
            call("DeleteItem", "{" + table + "," + key + ",'Expected':{'n':{'Exists':true}}}"),
            call(
                "DeleteItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'Expected':{'n':{'ComparisonOperator':'NULL','Exists':true}}}"),
            call(
                "DeleteItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'Expected':{'n':{'Value':{'N':'1'},'AttributeValueList':[{'N':'1'}]}}}"),
            call(
                "DeleteItem",
                "{" + table + "," + key + ",'Expected':{'n':{'ComparisonOperator':'GT'}}}"),
            call(
                "DeleteItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'Expected':{'pk':{'Exists':false}},'ConditionExpression':'attribute_exists(pk)'}"),
            call(
                "Scan",
                "{"
                    + table
                    + ",'ScanFilter':{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'}]}}}"),
            call(
                "Scan",
                "{"
                    + table
                    + ",'ScanFilter':{'n':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'1'},{'S':'1'}]}}}"),
            call(
                "Scan",
                "{"
                    + table
                    + ",'ScanFilter':{'n':{'ComparisonOperator':'LT','AttributeValueList':[{'NS':['1']}]}}}"),
            call(
                "Scan",
                "{"
                    + table
                    + ",'ScanFilter':{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'9'},{'N':'1'}]}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}},"
                    + "'KeyConditionExpression':'pk = :a','ExpressionAttributeValues':{':a':{'S':'a'}}}"),
            call("GetItem", "{" + table + "," + key + ",'AttributesToGet':['n','n']}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'1'}]}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'sk':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'1'}]}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'GT','AttributeValueList':[{'S':'a'}]}}}"),
            call(
                "Query",
                "{"
                    + table
                    + ",'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'a'}]}},"
                    + "'QueryFilter':{'sk':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'1'}]}}}"),
            call(
                "UpdateItem",
                "{" + table + "," + key + ",'AttributeUpdates':{'n':{'Action':'PUT'}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'AttributeUpdates':{'n':{'Action':'ADD','Value':{'S':'x'}}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'AttributeUpdates':{'n':{'Action':'DELETE','Value':{'N':'1'}}}}"),
            call(
                "UpdateItem",
                "{"
                    + table
                    + ","
                    + key
                    + ",'AttributeUpdates':{'pk':{'Action':'PUT','Value':{'S':'z'}}}}"),
            call("Scan", "{" + table + "}"),
            call("DeleteTable", "{" + table + "}"));

    // A failed Exists:false put, a failed Expected on update, and 20 refused requests.
    assertSameAnswers(session, 22);
  }

  /**
   * Sends each call to Keyspan's server and to dynalite: every pair of answers must be equal, and
   * Keyspan must have refused {@code errors} of the calls.
   */
  private static void assertSameAnswers(List<Call> session, int errors) throws Exception {
    URI dynalite = Emulators.dynalite().endpoint();
    List<String> differences = new ArrayList<>();
    int refused = 0;
    for (Call call : session) {
      Answer ours = send(server.endpoint(), call);
      if (ours.status() == 400) {
        refused++;
      }
      Answer theirs = send(dynalite, call);
      if (!ours.equals(theirs)) {
        differences.add(call + "\n  keyspan:  " + ours + "\n  dynalite: " + theirs);
      }
    }
    assertWithMessage("responses that differ:\n" + String.join("\n", differences))
        .that(differences)
        .isEmpty();
    assertWithMessage("error answers").that(refused).isEqualTo(errors);
  }

  private static Answer send(URI endpoint, Call call) throws Exception {
    Answer answer = WireCalls.send(endpoint, call);
    return new Answer(answer.status(), comparable(call.operation(), answer.body()));
  }

  /**
   * What is compared: table descriptions differ in what no client relies on across engines
   * (creation time, ARN, dynalite's transient CREATING status), so control-plane answers are
   * reduced to the table's name and key schema. BatchGetItem returns items in no particular order
   * (API BatchGetItem), so they are ordered by their key. The attributes within an item need no
   * order: JSON objects compare as maps.
   */
  private static JsonNode comparable(String operation, JsonNode body) {
    if (!(body instanceof ObjectNode object) || body.has("__type")) {
      return body;
    }
    JsonNode description = object.get("TableDescription");
    if (description != null) {
      ObjectNode reduced = WireCalls.JSON.createObjectNode();
      reduced.set("TableName", description.get("TableName"));
      reduced.set("KeySchema", description.get("KeySchema"));
      reduced.set("AttributeDefinitions", description.get("AttributeDefinitions"));
      return reduced;
    }
    if (operation.equals("BatchGetItem")) {
      object.get("Responses").forEach(items -> sort((ArrayNode) items));
    }
    // dynalite answers "Attributes":{} where DynamoDB leaves the field out
    // (runtime-dynamodb/EMULATORS.md; API
    // PutItem: Attributes are returned only when there were old values).
    JsonNode attributes = object.get("Attributes");
    if (attributes != null && attributes.isEmpty()) {
      object.remove("Attributes");
    }
    return object;
  }

  private static void sort(ArrayNode items) {
    List<JsonNode> sorted = new ArrayList<>();
    items.forEach(sorted::add);
    sorted.sort(Comparator.comparing(RawWireDifferentialTest::key));
    items.removeAll();
    sorted.forEach(items::add);
  }

  /** The table's key (pk, sk) of an item, as text: a key attribute holds one scalar value. */
  private static String key(JsonNode item) {
    return item.get("pk") + " " + item.get("sk");
  }
}
