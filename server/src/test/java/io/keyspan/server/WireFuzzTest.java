package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.Keyspan;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.ScanRequest;
import io.keyspan.value.AttributeValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every operation the server answers, over plain unsigned HTTP on loopback: valid
 * requests are mutated (wrong JSON types, nulls, huge values, deep nesting, members removed or
 * added) and every answer must be a 200 or a 400 with a DynamoDB error type, never a 500 and never
 * a hang. A rejected request must change nothing in the table it names, and a canary table that no
 * request names must be unchanged at the end. Deterministic: one seed, a fixed number of mutants
 * per operation, sent one at a time.
 */
class WireFuzzTest {
  private static final long SEED = 20261204L;
  private static final int MUTANTS_PER_OPERATION = 80;

  /**
   * Mutants past this size are not sent: bodies beyond the server's bound (16 MB) are the
   * transport's to refuse (413), and sending them only slows the run.
   */
  private static final int MAX_MUTANT_BYTES = 4 * 1024 * 1024;

  private static final Pattern ERROR_TYPE =
      Pattern.compile("com\\.amazon(aws)?\\.[a-z0-9.]+#[A-Za-z]+");
  private static final ObjectMapper JSON = TestJson.MAPPER;

  private static final String THINGS_KEYS =
      "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"},"
          + "{\"AttributeName\":\"s\",\"AttributeType\":\"N\"},"
          + "{\"AttributeName\":\"g\",\"AttributeType\":\"S\"},"
          + "{\"AttributeName\":\"l\",\"AttributeType\":\"S\"}],"
          + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"},"
          + "{\"AttributeName\":\"s\",\"KeyType\":\"RANGE\"}],"
          + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"ByG\","
          + "\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"},"
          + "{\"AttributeName\":\"s\",\"KeyType\":\"RANGE\"}],"
          + "\"Projection\":{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"a\",\"b\"]}}],"
          + "\"LocalSecondaryIndexes\":[{\"IndexName\":\"ByL\","
          + "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"},"
          + "{\"AttributeName\":\"l\",\"KeyType\":\"RANGE\"}],"
          + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}]";

  private static final String ITEM =
      "{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"1\"},\"g\":{\"S\":\"x\"},\"l\":{\"S\":\"y\"},"
          + "\"a\":{\"L\":[{\"S\":\"x\"},{\"N\":\"1.5\"},{\"M\":{\"b\":{\"SS\":[\"x\",\"y\"]}}}]},"
          + "\"n\":{\"NS\":[\"1\",\"2\"]},\"b\":{\"BS\":[\"AA==\",\"AQ==\"]},"
          + "\"c\":{\"B\":\"AAEC\"},\"d\":{\"BOOL\":true},\"e\":{\"NULL\":true},"
          + "\"m\":{\"M\":{\"q\":{\"N\":\"-3\"}}}}";

  private static final String KEY = "{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"1\"}}";

  /** One valid request per operation, in an order in which each succeeds. */
  private static final Map<String, String> SEEDS = seeds();

  private static Map<String, String> seeds() {
    Map<String, String> seeds = new LinkedHashMap<>();
    seeds.put(
        "CreateTable",
        "{\"TableName\":\"Scratch\",\"BillingMode\":\"PAY_PER_REQUEST\"," + THINGS_KEYS + "}");
    seeds.put("DescribeTable", "{\"TableName\":\"Spare\"}");
    seeds.put(
        "UpdateTable",
        "{\"TableName\":\"Spare\",\"ProvisionedThroughput\":"
            + "{\"ReadCapacityUnits\":7,\"WriteCapacityUnits\":7}}");
    seeds.put("ListTables", "{\"ExclusiveStartTableName\":\"Aaa\",\"Limit\":10}");
    seeds.put(
        "UpdateTimeToLive",
        "{\"TableName\":\"Spare\",\"TimeToLiveSpecification\":"
            + "{\"Enabled\":true,\"AttributeName\":\"ttl\"}}");
    seeds.put("DescribeTimeToLive", "{\"TableName\":\"Spare\"}");
    seeds.put(
        "PutItem",
        "{\"TableName\":\"Things\",\"Item\":"
            + ITEM
            + ","
            + "\"ConditionExpression\":\"attribute_not_exists(p) OR #a[0] = :v\","
            + "\"ExpressionAttributeNames\":{\"#a\":\"a\"},"
            + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}},"
            + "\"ReturnValues\":\"ALL_OLD\",\"ReturnConsumedCapacity\":\"TOTAL\","
            + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
    seeds.put(
        "GetItem",
        "{\"TableName\":\"Things\",\"Key\":"
            + KEY
            + ",\"ConsistentRead\":true,"
            + "\"ProjectionExpression\":\"#a[0], m.q, n\","
            + "\"ExpressionAttributeNames\":{\"#a\":\"a\"}}");
    seeds.put(
        "UpdateItem",
        "{\"TableName\":\"Things\",\"Key\":"
            + KEY
            + ","
            + "\"UpdateExpression\":\"SET m.q = m.q + :one, #z = list_append(#a, :l)"
            + " ADD n :ns REMOVE e DELETE b :bs\","
            + "\"ConditionExpression\":\"size(#a) < :ten AND begins_with(g, :x)\","
            + "\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#z\":\"z\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"},"
            + "\":l\":{\"L\":[{\"S\":\"y\"}]},\":ns\":{\"NS\":[\"3\"]},\":bs\":{\"BS\":[\"AA==\"]},"
            + "\":ten\":{\"N\":\"10\"},\":x\":{\"S\":\"x\"}},\"ReturnValues\":\"UPDATED_NEW\"}");
    seeds.put(
        "DeleteItem",
        "{\"TableName\":\"Things\",\"Key\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"3\"}},"
            + "\"ConditionExpression\":\"attribute_exists(p) AND NOT contains(g, :x)\","
            + "\"ExpressionAttributeValues\":{\":x\":{\"S\":\"zz\"}},\"ReturnValues\":\"ALL_OLD\"}");
    seeds.put(
        "Query",
        "{\"TableName\":\"Things\",\"KeyConditionExpression\":\"p = :p AND s BETWEEN :a AND :b\","
            + "\"FilterExpression\":\"attribute_type(g, :t) OR g IN (:x, :p)\","
            + "\"ProjectionExpression\":\"p, s, g\",\"ScanIndexForward\":false,\"Limit\":5,"
            + "\"ExclusiveStartKey\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"9\"}},"
            + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"k\"},\":a\":{\"N\":\"0\"},"
            + "\":b\":{\"N\":\"10\"},\":t\":{\"S\":\"S\"},\":x\":{\"S\":\"x\"}}}");
    seeds.put(
        "Scan",
        "{\"TableName\":\"Things\",\"IndexName\":\"ByG\",\"Segment\":0,\"TotalSegments\":2,"
            + "\"FilterExpression\":\"s > :z\",\"Limit\":3,"
            + "\"ExpressionAttributeValues\":{\":z\":{\"N\":\"0\"}},\"Select\":\"COUNT\"}");
    seeds.put(
        "BatchGetItem",
        "{\"RequestItems\":{\"Things\":{\"Keys\":["
            + KEY
            + ","
            + "{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"2\"}}],\"ProjectionExpression\":\"#s\","
            + "\"ExpressionAttributeNames\":{\"#s\":\"s\"}}},\"ReturnConsumedCapacity\":\"INDEXES\"}");
    seeds.put(
        "BatchWriteItem",
        "{\"RequestItems\":{\"Things\":[{\"PutRequest\":{\"Item\":"
            + "{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"4\"},\"g\":{\"S\":\"w\"}}}},"
            + "{\"DeleteRequest\":{\"Key\":{\"p\":{\"S\":\"k\"},\"s\":{\"N\":\"5\"}}}}]}}");
    seeds.put(
        "TransactWriteItems",
        "{\"TransactItems\":["
            + "{\"Put\":{\"TableName\":\"Things\",\"Item\":"
            + "{\"p\":{\"S\":\"t\"},\"s\":{\"N\":\"1\"}}}},"
            + "{\"Update\":{\"TableName\":\"Things\",\"Key\":{\"p\":{\"S\":\"t\"},\"s\":{\"N\":\"2\"}},"
            + "\"UpdateExpression\":\"SET v = :v\",\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"}}}},"
            + "{\"Delete\":{\"TableName\":\"Things\",\"Key\":{\"p\":{\"S\":\"t\"},\"s\":{\"N\":\"3\"}}}},"
            + "{\"ConditionCheck\":{\"TableName\":\"Things\",\"Key\":"
            + KEY
            + ","
            + "\"ConditionExpression\":\"attribute_exists(p)\"}}],"
            + "\"ClientRequestToken\":\"token-1\"}");
    seeds.put(
        "TransactGetItems",
        "{\"TransactItems\":[{\"Get\":{\"TableName\":\"Things\",\"Key\":"
            + KEY
            + ","
            + "\"ProjectionExpression\":\"p, #a\",\"ExpressionAttributeNames\":{\"#a\":\"a\"}}}]}");
    seeds.put("DeleteTable", "{\"TableName\":\"Scratch\"}");
    return seeds;
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private Keyspan keyspan;
  private KeyspanServer server;

  @BeforeEach
  void start() {
    keyspan = Keyspan.inMemory();
    server = KeyspanServer.start(keyspan.engine(), 0);
    setUp(
        "CreateTable",
        "{\"TableName\":\"Things\",\"BillingMode\":\"PAY_PER_REQUEST\"," + THINGS_KEYS + "}");
    setUp(
        "CreateTable",
        "{\"TableName\":\"Spare\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,"
            + "\"WriteCapacityUnits\":5},\"AttributeDefinitions\":[{\"AttributeName\":\"p\","
            + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}]}");
    setUp(
        "CreateTable",
        "{\"TableName\":\"Canary\",\"BillingMode\":\"PAY_PER_REQUEST\"," + THINGS_KEYS + "}");
    for (int i = 1; i <= 5; i++) {
      String item = ITEM.replace("\"s\":{\"N\":\"1\"}", "\"s\":{\"N\":\"" + i + "\"}");
      setUp("PutItem", "{\"TableName\":\"Things\",\"Item\":" + item + "}");
      setUp("PutItem", "{\"TableName\":\"Canary\",\"Item\":" + item + "}");
    }
  }

  @AfterEach
  void stop() {
    server.close();
    keyspan.close();
  }

  private void setUp(String operation, String body) {
    assertWithMessage(operation + " " + body)
        .that(send(operation, body.getBytes(StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void seeds_areValidRequests() {
    SEEDS.forEach(
        (operation, body) ->
            assertWithMessage(operation)
                .that(send(operation, body.getBytes(StandardCharsets.UTF_8)).body())
                .doesNotContain("__type"));
  }

  @Test
  void mutatedRequests_ofEveryOperation_getDynamoDbErrorsAndChangeNothing() {
    List<Map<String, AttributeValue>> canary = contents("Canary");
    JsonMutator mutator = new JsonMutator(SEED);
    Map<String, JsonNode> seeds = new LinkedHashMap<>();
    SEEDS.forEach((operation, body) -> seeds.put(operation, parse(body)));
    assertTimeoutPreemptively(
        Duration.ofMinutes(3),
        () -> {
          for (int round = 0; round < MUTANTS_PER_OPERATION; round++) {
            for (Map.Entry<String, JsonNode> seed : seeds.entrySet()) {
              sendMutant(seed.getKey(), mutator.mutate(seed.getValue()));
            }
          }
        });
    assertThat(contents("Canary")).isEqualTo(canary);
  }

  private void sendMutant(String operation, JsonNode mutant) throws IOException {
    List<Map<String, AttributeValue>> before = contents("Things");
    byte[] body = JSON.writeValueAsBytes(mutant);
    if (body.length > MAX_MUTANT_BYTES) {
      return;
    }
    HttpResponse<String> response = send(operation, body);
    String context =
        operation
            + " "
            + abbreviated(new String(body, StandardCharsets.UTF_8))
            + " -> "
            + response.statusCode()
            + " "
            + abbreviated(response.body());
    assertWithMessage(context).that(response.statusCode()).isAnyOf(200, 400);
    if (response.statusCode() == 400) {
      JsonNode error = parse(response.body());
      assertWithMessage(context).that(error.path("__type").asText()).matches(ERROR_TYPE);
      assertWithMessage("a rejected request changed Things: " + context)
          .that(contents("Things"))
          .isEqualTo(before);
    }
  }

  private HttpResponse<String> send(String operation, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(server.endpoint().resolve("/"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810." + operation)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(operation + ": no answer (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every item of a table, read through the engine in its (deterministic) scan order. */
  private List<Map<String, AttributeValue>> contents(String table) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page =
          keyspan.engine().scan(ScanRequest.builder(table).exclusiveStartKey(start).build());
      items.addAll(page.items());
      start = page.lastEvaluatedKey();
    } while (start != null);
    return items;
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + abbreviated(text), e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 600 ? text : text.substring(0, 600) + "...";
  }
}
