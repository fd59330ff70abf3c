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
}
