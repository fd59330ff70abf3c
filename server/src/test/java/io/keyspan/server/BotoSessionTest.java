package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.Keyspan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An unmodified boto3 drives the server over the in-memory engine through a realistic session
 * (boto3_session.py): tables with a GSI and an LSI, writes, conditional writes, paged queries,
 * scans, legacy (non-expression) parameters, batches, transactions and errors. botocore also checks
 * every response's x-amz-crc32.
 */
@Tag("emulators")
class BotoSessionTest {
  private static Keyspan keyspan;
  private static KeyspanServer server;
  private static JsonNode seen;

  @BeforeAll
  static void runSession() throws Exception {
    Python.requireBoto3();
    keyspan = Keyspan.inMemory();
    server = KeyspanServer.start(keyspan.engine(), 0);
    Path script = Path.of(BotoSessionTest.class.getResource("boto3_session.py").toURI());
    Python.Output output = Python.run(script.toString(), server.endpoint().toString());
    assertWithMessage("boto3 session failed:\n%s", output.stderr())
        .that(output.exitCode())
        .isEqualTo(0);
    seen = new ObjectMapper().readTree(output.stdout());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
    if (keyspan != null) {
      keyspan.close();
    }
  }

  @Test
  void tables_areCreatedDescribedListedAndDeleted() {
    assertThat(seen.get("createdName").asText()).isEqualTo("Orders");
    assertThat(seen.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(texts(seen.get("gsis"))).containsExactly("ByStatus");
    assertThat(texts(seen.get("lsis"))).containsExactly("ByTotal");
    assertThat(texts(seen.get("tables"))).containsExactly("Orders");
    assertThat(seen.get("duplicateTable").get("code").asText()).isEqualTo("ResourceInUseException");
    assertThat(seen.get("tablesAfterDelete").size()).isEqualTo(0);
  }

  @Test
  void conditionalPut_failsAndReturnsTheOldItem() {
    // Developer Guide Expressions.OperatorsAndFunctions, WorkingWithItems:
    // ReturnValuesOnConditionCheckFailure=ALL_OLD puts Item in the error.
    JsonNode error = seen.get("conditionalPut");
    assertThat(error.get("code").asText()).isEqualTo("ConditionalCheckFailedException");
    assertThat(error.get("message").asText()).isEqualTo("The conditional request failed");
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("item").asText()).isEqualTo("o01");
  }

  @Test
  void updateAndGet_returnTheTouchedAndProjectedAttributes() {
    // Developer Guide WorkingWithItems UPDATED_NEW; 1.8 projection keeps the nesting and compacts
    // list elements.
    assertThat(seen.get("updatedNew").toString())
        .isEqualTo("{\"status\":{\"S\":\"shipped\"},\"total\":{\"N\":\"45\"}}");
    assertThat(seen.get("projected").toString())
        .isEqualTo("{\"parts\":{\"L\":[{\"S\":\"b\"}]},\"total\":{\"N\":\"45\"}}");
    assertThat(seen.get("missingItem").asBoolean()).isFalse();
  }

  @Test
  void queries_pageInSortKeyOrderAndReadIndexes() {
    // Developer Guide Query: Limit per page, LastEvaluatedKey until the end, sort-key order.
    assertThat(ints(seen.get("queryPageSizes"))).containsExactly(3, 3, 3, 1).inOrder();
    assertThat(texts(seen.get("queryOrder")))
        .containsExactly("o00", "o01", "o02", "o03", "o04", "o05", "o06", "o07", "o08", "o09")
        .inOrder();
    assertThat(texts(seen.get("backwards"))).containsExactly("o09", "o08").inOrder();
    // o04 was shipped by the update; open orders are o00, o02, o06, o08 with totals 0..80.
    assertThat(ints(seen.get("openTotals"))).containsExactly(20, 60, 80).inOrder();
    assertThat(texts(seen.get("lsiKeys"))).containsExactly("customer", "orderId", "total");
    assertThat(ints(seen.get("lsiTotals"))).containsExactly(10, 20, 30).inOrder();
  }

  @Test
  void scans_filterAfterReading() {
    assertThat(texts(seen.get("giftOrders"))).containsExactly("o03");
    assertThat(ints(seen.get("scanCounts"))).containsExactly(1, 10).inOrder();
    assertThat(seen.get("countOnly").asInt()).isEqualTo(10);
  }

  @Test
  void legacyParameters_areServedAsTheirExpressions() {
    JsonNode existsFalse = seen.get("legacyExistsFalse");
    assertThat(existsFalse.get("code").asText()).isEqualTo("ConditionalCheckFailedException");
    assertThat(seen.get("legacyUpdated").toString())
        .isEqualTo("{\"note\":{\"S\":\"x\"},\"total\":{\"N\":\"61\"}}");
    // o01, o03 and o05 were shipped from the start, o04 by the update above.
    assertThat(texts(seen.get("legacyQuery")))
        .containsExactly("o01", "o03", "o04", "o05")
        .inOrder();
    assertThat(texts(seen.get("legacyScan"))).containsExactly("o06", "o08", "o09").inOrder();
    assertThat(seen.get("legacyMixed").get("message").asText())
        .isEqualTo(
            "Can not use both expression and non-expression parameters in the same request:"
                + " Non-expression parameters: {AttributesToGet} Expression parameters:"
                + " {ProjectionExpression}");
  }

  @Test
  void batches_writeAndRead() {
    assertThat(texts(seen.get("batchGot"))).containsExactly("o00", "o04");
    assertThat(seen.get("batchUnprocessed").size()).isEqualTo(0);
  }

  @Test
  void transactions_applyAllOrNothing() {
    // Developer Guide transaction-apis: reasons in request order, the failed condition named.
    JsonNode failed = seen.get("failedTransaction");
    assertThat(failed.get("code").asText()).isEqualTo("TransactionCanceledException");
    assertThat(texts(failed.get("reasons")))
        .containsExactly("None", "ConditionalCheckFailed")
        .inOrder();
    // The first transaction's update and put landed; the cancelled delete did not.
    assertThat(seen.get("transactRead").toString()).isEqualTo("[true,true,false]");
  }

  @Test
  void errors_reachBoto3WithDynamoDbsCodesAndMessages() {
    assertThat(seen.get("missingTable").get("code").asText())
        .isEqualTo("ResourceNotFoundException");
    assertThat(seen.get("wrongKey").get("code").asText()).isEqualTo("ValidationException");
    assertThat(seen.get("wrongKey").get("message").asText())
        .isEqualTo("The provided key element does not match the schema");
    assertThat(seen.get("unusedValue").get("message").asText())
        .isEqualTo("Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}");
    // Developer Guide Expressions.ExpressionAttributeNames: a bare reserved word is rejected.
    assertThat(seen.get("reservedWord").get("message").asText())
        .isEqualTo(
            "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: total");
    assertThat(seen.get("syntaxError").get("code").asText()).isEqualTo("ValidationException");
    assertThat(seen.get("syntaxError").get("message").asText())
        .startsWith("Invalid FilterExpression: Syntax error");
  }

  @Test
  void timeToLive_isEnabledAndDescribed() {
    assertThat(seen.get("ttl").get("AttributeName").asText()).isEqualTo("expires");
    assertThat(seen.get("ttl").get("TimeToLiveStatus").asText()).isAnyOf("ENABLED", "ENABLING");
    assertThat(seen.get("deletedOld").asText()).isEqualTo("o02");
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> ints = new ArrayList<>();
    array.forEach(element -> ints.add(element.asInt()));
    return ints;
  }
}
