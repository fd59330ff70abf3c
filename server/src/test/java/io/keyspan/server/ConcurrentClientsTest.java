package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once over the wire, on the in-memory engine: the server must keep the engine's
 * atomicity (every increment counted) and isolation (exactly one conditional create wins).
 */
class ConcurrentClientsTest {
  private static final int CLIENTS = 8;

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
            "{\"TableName\":\"Counters\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}");
    assertThat(created.statusCode()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    server.close();
    keyspan.close();
  }

  @Test
  void concurrentIncrements_areAllCounted() throws Exception {
    int perClient = 25;
    List<Integer> statuses =
        runConcurrently(
            perClient,
            () ->
                client.call(
                    "UpdateItem",
                    "{\"TableName\":\"Counters\",\"Key\":{\"id\":{\"S\":\"hits\"}},"
                        + "\"UpdateExpression\":\"ADD n :one\","
                        + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}"));

    assertThat(statuses).containsExactlyElementsIn(Collections.nCopies(CLIENTS * perClient, 200));
    HttpResponse<String> counter =
        client.call("GetItem", "{\"TableName\":\"Counters\",\"Key\":{\"id\":{\"S\":\"hits\"}}}");
    // Attribute order in an item is not significant.
    assertThat(counter.body()).contains("\"n\":{\"N\":\"" + CLIENTS * perClient + "\"}");
  }

  @Test
  void concurrentConditionalCreates_haveExactlyOneWinner() throws Exception {
    List<Integer> statuses =
        runConcurrently(
            1,
            () ->
                client.call(
                    "PutItem",
                    "{\"TableName\":\"Counters\",\"Item\":{\"id\":{\"S\":\"lock\"}},"
                        + "\"ConditionExpression\":\"attribute_not_exists(id)\"}"));

    assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(1);
    assertThat(statuses.stream().filter(status -> status == 400).count()).isEqualTo(CLIENTS - 1);
  }

  /** Each of {@link #CLIENTS} threads sends {@code times} requests; returns every status. */
  private static List<Integer> runConcurrently(int times, Supplier<HttpResponse<String>> call)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<List<Integer>>> futures = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        futures.add(
            clients.submit(
                () -> {
                  List<Integer> statuses = new ArrayList<>();
                  for (int j = 0; j < times; j++) {
                    statuses.add(call.get().statusCode());
                  }
                  return statuses;
                }));
      }
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> future : futures) {
        all.addAll(future.get());
      }
      return all;
    } finally {
      clients.shutdownNow();
    }
  }
}
