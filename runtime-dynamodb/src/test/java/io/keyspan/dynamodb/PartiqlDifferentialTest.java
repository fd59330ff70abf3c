package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertWithMessage;
import static io.keyspan.dynamodb.WireCalls.JSON;
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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same raw PartiQL requests (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction) sent
 * to Keyspan's server and to moto. Where moto answers as DynamoDB documents, the answers must be
 * equal; where it does not, the call is listed with the reason and DynamoDB's documented answer,
 * which Keyspan must give (and moto must still get wrong, so the list does not go stale).
 */
@Tag("emulators")
class PartiqlDifferentialTest {
  private static KeyspanServer server;

  @BeforeAll
  static void startServer() {
    server = KeyspanServer.start(Keyspan.inMemory().engine(), 0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void statementsMotoServesAsDynamoDbDoes_sameAnswers() throws Exception {
    createOnBoth("PartiqlSame");
    List<Call> session =
        List.of(
            statement("INSERT INTO PartiqlSame VALUE {'pk':'a','sk':1,'n':5}"),
            statement(
                "INSERT INTO \"PartiqlSame\" VALUE {'pk':'a','sk':2,'n':6,'l':[1,'x'],'m':{'k':true}}"),
            statement("INSERT INTO PartiqlSame VALUE {'pk':'b','sk':1,'s':'text'}"),
            statement("SELECT * FROM \"PartiqlSame\" WHERE \"pk\" = 'b'"),
            statement("SELECT n, s FROM PartiqlSame"),
            statement("SELECT s FROM PartiqlSame WHERE pk = ? AND sk = ?", "[{'S':'b'},{'N':'1'}]"),
            statement("SELECT * FROM PartiqlMissing"),
            statement("SELECT * FROM PartiqlSame"));
    List<String> differences = new ArrayList<>();
    for (Call call : session) {
      Answer ours = send(server.endpoint(), call);
      Answer theirs = send(moto(), call);
      if (!ours.equals(theirs)) {
        differences.add(call + "\n  keyspan: " + ours + "\n  moto:    " + theirs);
      }
    }
    assertWithMessage("answers that differ:\n" + String.join("\n", differences))
        .that(differences)
        .isEmpty();
  }

  /**
   * A call moto answers otherwise than DynamoDB: the answer DynamoDB documents (status and error
   * type, or the whole body), which Keyspan gives, and why moto's differs.
   */
  private record Known(Call call, int status, String expected, String reason) {}

  @Test
  void statementsMotoGetsWrong_keyspanAnswersAsDynamoDbDocuments() throws Exception {
    createOnBoth("PartiqlKnown");
    for (URI endpoint : List.of(server.endpoint(), moto())) {
      send(endpoint, statement("INSERT INTO PartiqlKnown VALUE {'pk':'a','sk':1,'n':5}"));
      send(endpoint, statement("INSERT INTO PartiqlKnown VALUE {'pk':'a','sk':2}"));
    }
    List<Known> known =
        List.of(
            new Known(
                statement("INSERT INTO PartiqlKnown VALUE {'pk':'a','sk':1,'n':6}"),
                400,
                "DuplicateItemException",
                "moto replaces the item; an INSERT of an existing key fails with"
                    + " DuplicateItemException (PartiQL insert statements for DynamoDB)"),
            new Known(
                statement("INSERT INTO PartiqlKnown VALUE {'pk':'b','sk':1,'m':{'z':null}}"),
                200,
                "{'Items':[]}",
                "moto's parser fails on a null inside a map literal (HTTP 500); NULL is a PartiQL"
                    + " value DynamoDB stores (PartiQL data types for DynamoDB)"),
            new Known(
                statement("SELECT n FROM PartiqlKnown WHERE pk='a' AND sk=1"),
                200,
                "{'Items':[{'n':{'N':'5'}}]}",
                "moto's parser needs blanks around '=' (HTTP 500 otherwise)"),
            new Known(
                statement("SELECT pk FROM PartiqlKnown WHERE n = 5"),
                200,
                "{'Items':[{'pk':{'S':'a'}}]}",
                "moto applies no filter on a non-key attribute and returns nothing; the WHERE"
                    + " clause filters a scan (PartiQL select statements for DynamoDB)"),
            new Known(
                statement("SELECT pk FROM PartiqlKnown WHERE n > 4"),
                200,
                "{'Items':[{'pk':{'S':'a'}}]}",
                "moto fails on a range comparison when an item lacks the attribute (HTTP 500); the"
                    + " comparison is false for a missing attribute (comparison operator reference)"),
            new Known(
                statement("SELECT * FROM PartiqlKnown WHERE pk = ?", "[{'S':'a'}]"),
                200,
                "{'Items':[{'pk':{'S':'a'},'sk':{'N':'1'},'n':{'N':'5'}},{'pk':{'S':'a'},'sk':{'N':'2'}}]}",
                "moto returns only the first item of the partition; a SELECT fixing the partition"
                    + " key is a Query returning all of its items (PartiQL select statements)"),
            new Known(
                statement("UPDATE PartiqlKnown SET n = 7 WHERE pk = 'a' AND sk = 1"),
                200,
                "{'Items':[]}",
                "moto fails on UPDATE (HTTP 500); a write's Items are empty (API ExecuteStatement)"),
            new Known(
                statement("DELETE FROM PartiqlKnown WHERE pk = 'a' AND sk = 1"),
                200,
                "{'Items':[]}",
                "moto fails on DELETE (HTTP 500)"),
            new Known(
                transaction("INSERT INTO PartiqlKnown VALUE {'pk':'c','sk':1}"),
                200,
                "{}",
                "moto answers \"Responses\":[], which API ExecuteTransaction does not allow"
                    + " (Responses has at least one member); Keyspan answers a write-only"
                    + " transaction as TransactWriteItems does"));
    List<String> problems = new ArrayList<>();
    for (Known entry : known) {
      Answer ours = send(server.endpoint(), entry.call());
      Answer theirs = send(moto(), entry.call());
      boolean asDocumented =
          ours.status() == entry.status()
              && (entry.expected().startsWith("{")
                  ? ours.body()
                      .equals(comparable(JSON.readTree(entry.expected().replace('\'', '"'))))
                  : ours.body().path("__type").asText().endsWith("#" + entry.expected()));
      if (!asDocumented) {
        problems.add(entry.call() + "\n  keyspan: " + ours + "\n  expected: " + entry.expected());
      }
      if (ours.equals(theirs)) {
        problems.add(entry.call() + "\n  moto now agrees; move it to the compared session");
      }
    }
    assertWithMessage(String.join("\n", problems)).that(problems).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private static URI moto() {
    return Emulators.moto().endpoint();
  }

  private static void createOnBoth(String table) throws Exception {
    Call create =
        call(
            "CreateTable",
            "{'TableName':'"
                + table
                + "','BillingMode':'PAY_PER_REQUEST',"
                + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},"
                + "{'AttributeName':'sk','AttributeType':'N'}],"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},"
                + "{'AttributeName':'sk','KeyType':'RANGE'}]}");
    for (URI endpoint : List.of(server.endpoint(), moto())) {
      assertWithMessage("CreateTable on " + endpoint)
          .that(WireCalls.send(endpoint, create).status())
          .isEqualTo(200);
    }
  }

  /** An ExecuteStatement; PartiQL's single-quoted strings are kept, so the body is built. */
  private static Call statement(String statement) {
    return new Call(
        "ExecuteStatement", JSON.createObjectNode().put("Statement", statement).toString());
  }

  /** An ExecuteStatement with parameters, written as JSON with single quotes. */
  private static Call statement(String statement, String parameters) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("Statement", statement);
    body.set("Parameters", JSON.readTree(parameters.replace('\'', '"')));
    return new Call("ExecuteStatement", body.toString());
  }

  private static Call transaction(String... statements) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode members = body.putArray("TransactStatements");
    for (String statement : statements) {
      members.addObject().put("Statement", statement);
    }
    return new Call("ExecuteTransaction", body.toString());
  }

  private static Answer send(URI endpoint, Call call) throws Exception {
    Answer answer = WireCalls.send(endpoint, call);
    return new Answer(answer.status(), comparable(answer.body()));
  }

  /**
   * An answer with its items in one order: a scan-shaped SELECT's come in an order DynamoDB leaves
   * unspecified (API Scan), so items are compared sorted by their attributes.
   */
  private static JsonNode comparable(JsonNode body) {
    if (body.get("Items") instanceof ArrayNode items) {
      List<JsonNode> sorted = new ArrayList<>();
      items.forEach(sorted::add);
      sorted.sort(Comparator.comparing(PartiqlDifferentialTest::canonical));
      items.removeAll();
      sorted.forEach(items::add);
    }
    return body;
  }

  /** An item as text with its attributes in name order, so both servers' items sort alike. */
  private static String canonical(JsonNode item) {
    Map<String, JsonNode> attributes = new TreeMap<>();
    item.fields().forEachRemaining(field -> attributes.put(field.getKey(), field.getValue()));
    return attributes.toString();
  }
}
