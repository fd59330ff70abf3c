package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.Keyspan;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over the wire, on the in-memory engine: every case is a 400 with DynamoDB's error
 * type, bounded work, and nothing stored.
 */
class InputHardeningTest {
  private static final ObjectMapper JSON = TestJson.MAPPER;
  private static final String VALIDATION = "com.amazon.coral.validate#ValidationException";
  private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";
  private static final String NESTING =
      "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels"
          + " beyond supported limit";
  private static final String NAME_TOO_LARGE =
      "1 validation error detected: Attribute name is too large, must be less than 65536 bytes";

  private Keyspan keyspan;
  private KeyspanServer server;
  private WireClient client;

  @BeforeEach
  void start() {
    keyspan = Keyspan.inMemory();
    server = KeyspanServer.start(keyspan.engine(), 0);
    client = new WireClient(server.endpoint());
    HttpResponse<String> created =
        client.call(
            "CreateTable",
            "{\"TableName\":\"Things\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"s\",\"AttributeType\":\"N\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"s\",\"KeyType\":\"RANGE\"}]}");
    assertThat(created.statusCode()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    server.close();
    keyspan.close();
  }

  // ------------------------------------------------------------------ helpers

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  /** The error's type and message ("message" or "Message"), after checking it is a 400. */
  private static String error(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    JsonNode message = body.has("message") ? body.get("message") : body.get("Message");
    return body.get("__type").asText() + (message == null ? "" : ": " + message.asText());
  }

  private HttpResponse<String> put(String attributes) {
    return client.call(
        "PutItem",
        "{\"TableName\":\"Things\",\"Item\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"1\"}"
            + attributes
            + "}}");
  }

  private int storedItems() {
    return json(client.call("Scan", "{\"TableName\":\"Things\"}")).get("Count").asInt();
  }

  private static String nestedMaps(int wraps) {
    return "{\"M\":{\"m\":".repeat(wraps) + "{\"S\":\"leaf\"}" + "}}".repeat(wraps);
  }

  private static byte[] bytes(String before, int[] raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : raw) {
      out.write(b);
    }
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ numbers

  @Test
  void hundredThousandDigitNumber_isAValidationErrorInMilliseconds() {
    String huge = "1" + "0".repeat(100_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(error(put(",\"n\":{\"N\":\"" + huge + "\"}")))
              .isEqualTo(
                  VALIDATION
                      + ": Number overflow. Attempting to store a number with magnitude larger"
                      + " than supported range");
          assertThat(error(put(",\"n\":{\"NS\":[\"1\",\"" + huge + "1\"]}")))
              .isEqualTo(
                  VALIDATION + ": Attempting to store more than 38 significant digits in a Number");
        });
    assertThat(storedItems()).isEqualTo(0);
  }

  // ------------------------------------------------------------------ the two 500s

  @Test
  void queryStartKeyOutsideTheSortKeyCondition_isAValidationError() {
    for (int s = 1; s <= 3; s++) {
      assertThat(
              client
                  .call(
                      "PutItem",
                      "{\"TableName\":\"Things\",\"Item\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\""
                          + s
                          + "\"}}}")
                  .statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> response =
        client.call(
            "Query",
            "{\"TableName\":\"Things\",\"KeyConditionExpression\":\"p = :p and s > :s\","
                + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"k\"},\":s\":{\"N\":\"2\"}},"
                + "\"ExclusiveStartKey\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"1\"}}}");
    assertThat(error(response))
        .isEqualTo(
            VALIDATION + ": The provided starting key does not match the range key predicate");
  }

  @Test
  void nullSetMembers_areValidationErrors() {
    String expected =
        VALIDATION + ": One or more parameter values were invalid: A set may not" + " contain null";
    for (String set :
        List.of("{\"SS\":[\"x\",null]}", "{\"NS\":[null]}", "{\"BS\":[\"AA==\",null]}")) {
      assertThat(error(put(",\"a\":" + set))).isEqualTo(expected);
    }
    assertThat(storedItems()).isEqualTo(0);
  }

  @Test
  void nullNonKeyAttribute_isAConstraintViolation() {
    HttpResponse<String> response =
        client.call(
            "CreateTable",
            "{\"TableName\":\"Other\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}],"
                + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"ByG\","
                + "\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],"
                + "\"Projection\":{\"ProjectionType\":\"INCLUDE\","
                + "\"NonKeyAttributes\":[\"a\",null]}}]}");
    assertThat(error(response))
        .isEqualTo(
            VALIDATION
                + ": 1 validation error detected: Value '[a, null]' at"
                + " 'globalSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to"
                + " satisfy constraint: Member must satisfy constraint: [Member must not be"
                + " null]");
    assertThat(json(client.call("ListTables", "{}")).get("TableNames").size()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ strict decoding

  @Test
  void invalidUtf8_isASerializationError_andNothingIsStored() {
    String before =
        "{\"TableName\":\"Things\",\"Item\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"1\"},"
            + "\"a\":{\"S\":\"a";
    String after = "b\"}}}";
    int[][] invalid = {
      {0xc0, 0xaf}, // "/" in two bytes (overlong)
      {0xe0, 0x80, 0xaf}, // "/" in three bytes (overlong)
      {0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80}, // U+10000 as two encoded surrogates (CESU-8)
      {0xed, 0xa0, 0x80}, // a lone encoded surrogate
      {0xf4, 0x90, 0x80, 0x80}, // beyond U+10FFFF
      {0xe2, 0x82}, // a truncated sequence
      {0x80}, // a lone continuation byte
      {0xff},
    };
    for (int[] raw : invalid) {
      assertThat(error(client.call("PutItem", bytes(before, raw, after)))).isEqualTo(SERIALIZATION);
    }
    for (String unpaired : List.of("\\ud800", "x\\udc00y", "\\ud800\\u0041")) {
      assertThat(error(put(",\"a\":{\"S\":\"" + unpaired + "\"}"))).isEqualTo(SERIALIZATION);
    }
    assertThat(storedItems()).isEqualTo(0);
  }

  @Test
  void wellFormedUtf8AndEscapes_areStoredUnchanged() {
    assertThat(
            client
                .call(
                    "PutItem",
                    bytes(
                        "{\"TableName\":\"Things\",\"Item\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"1\"},"
                            + "\"a\":{\"S\":\"",
                        new int[] {0xf0, 0x9f, 0x98, 0x80, 0xed, 0x9f, 0xbf},
                        "\\ud83d\\ude00\\\\ud800\"}}}"))
                .statusCode())
        .isEqualTo(200);
    String stored =
        json(client.call("Scan", "{\"TableName\":\"Things\"}"))
            .get("Items")
            .get(0)
            .get("a")
            .get("S")
            .asText();
    assertThat(stored).isEqualTo("\uD83D\uDE00\uD7FF\uD83D\uDE00\\ud800");
  }

  // ------------------------------------------------------------------ names and nesting

  @Test
  void attributeNamesUpTo65535Bytes_areAccepted_longerOnesRejected() {
    String longest = "é".repeat(32_767) + "x"; // 65,535 bytes in 32,768 characters
    assertThat(put(",\"" + longest + "\":{\"S\":\"v\"}").statusCode()).isEqualTo(200);
    String beyondJacksonsDefault = "n".repeat(60_000);
    assertThat(put(",\"" + beyondJacksonsDefault + "\":{\"S\":\"v\"}").statusCode()).isEqualTo(200);

    String oneByteMore = "é".repeat(32_768); // 65,536 bytes
    assertThat(error(put(",\"" + oneByteMore + "\":{\"S\":\"v\"}")))
        .isEqualTo(VALIDATION + ": " + NAME_TOO_LARGE);
    assertThat(error(put(",\"m\":{\"M\":{\"" + oneByteMore + "\":{\"S\":\"v\"}}}")))
        .isEqualTo(VALIDATION + ": " + NAME_TOO_LARGE);
    assertThat(error(put(",\"" + "n".repeat(200_000) + "\":{\"S\":\"v\"}")))
        .isEqualTo(VALIDATION + ": " + NAME_TOO_LARGE);
    assertThat(
            error(
                client.call(
                    "UpdateItem",
                    "{\"TableName\":\"Things\",\"Key\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"9\"}},"
                        + "\"UpdateExpression\":\"SET #n = :v\","
                        + "\"ExpressionAttributeNames\":{\"#n\":\""
                        + oneByteMore
                        + "\"},"
                        + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"v\"}}}")))
        .isEqualTo(VALIDATION + ": " + NAME_TOO_LARGE);
    assertThat(storedItems()).isEqualTo(1);
  }

  @Test
  void nesting_allowsThirtyOneWrapsAndRejectsThirtyTwo_inEveryOperation() {
    String update =
        "{\"TableName\":\"Things\",\"Key\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"2\"}},"
            + "\"UpdateExpression\":\"SET a = :v\",\"ExpressionAttributeValues\":{\":v\":";
    String batch =
        "{\"RequestItems\":{\"Things\":[{\"PutRequest\":{\"Item\":{\"p\":{\"S\":\"b\"},"
            + "\"s\":{\"N\":\"1\"},\"a\":";
    String tooDeep = VALIDATION + ": " + NESTING;
    for (int wraps : new int[] {32, 400}) {
      assertThat(error(put(",\"a\":" + nestedMaps(wraps)))).isEqualTo(tooDeep);
      assertThat(error(client.call("UpdateItem", update + nestedMaps(wraps) + "}}")))
          .isEqualTo(tooDeep);
      assertThat(error(client.call("BatchWriteItem", batch + nestedMaps(wraps) + "}}}]}}")))
          .isEqualTo(tooDeep);
    }
    assertThat(error(put(",\"a\":" + "{\"L\":[".repeat(5_000) + "]}".repeat(5_000))))
        .isEqualTo(tooDeep);
    assertThat(put(",\"a\":" + nestedMaps(31)).statusCode()).isEqualTo(200);
    assertThat(client.call("BatchWriteItem", batch + nestedMaps(31) + "}}}]}}").statusCode())
        .isEqualTo(200);
    assertThat(storedItems()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ integers and echoes

  @Test
  void limitBeyondTheIntRange_isRejectedNotClamped() {
    String query =
        "{\"TableName\":\"Things\",\"KeyConditionExpression\":\"p = :p\","
            + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"k\"}},\"Limit\":";
    assertThat(error(client.call("Query", query + "2147483648}")))
        .isEqualTo(SERIALIZATION + ": class java.lang.Long can not be converted to an Integer");
    assertThat(error(client.call("Query", query + "1e300}")))
        .isEqualTo(SERIALIZATION + ": class java.lang.Double can not be converted to an Integer");
    assertThat(
            error(
                client.call(
                    "Scan", "{\"TableName\":\"Things\",\"Limit\":" + "99999999999999999999999}")))
        .isEqualTo(
            SERIALIZATION + ": class java.math.BigInteger can not be converted to an Integer");
    assertThat(client.call("Query", query + "2147483647}").statusCode()).isEqualTo(200);
  }

  @Test
  void errorMessages_neverEchoMoreThanAKilobyteOfTheRequest() {
    String blob = "A".repeat(10 * 1024 * 1024 - 1);
    String message = error(put(",\"b\":{\"B\":\"" + blob + "\"}"));
    assertThat(message)
        .isEqualTo(
            SERIALIZATION
                + ": '"
                + "A".repeat(1024)
                + "...' can not be converted to a Blob:"
                + " Base64 encoded length is expected a multiple of 4 bytes but found: "
                + blob.length());

    StringBuilder writes = new StringBuilder();
    for (int i = 0; i < 26; i++) {
      writes
          .append(i == 0 ? "" : ",")
          .append("{\"PutRequest\":{\"Item\":{\"p\":{\"S\":\"")
          .append("x".repeat(10_000))
          .append("\"},\"s\":{\"N\":\"")
          .append(i)
          .append("\"}}}}");
    }
    String batch =
        error(client.call("BatchWriteItem", "{\"RequestItems\":{\"Things\":[" + writes + "]}}"));
    assertThat(batch.length()).isLessThan(1500);
    assertThat(batch)
        .contains(
            "...' at 'requestItems' failed to satisfy constraint: Map value must satisfy"
                + " constraint: [Member must have length less than or equal to 25, Member must have"
                + " length greater than or equal to 1]");
    assertThat(storedItems()).isEqualTo(0);
  }
}
