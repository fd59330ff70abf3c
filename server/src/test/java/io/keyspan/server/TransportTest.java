package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.table.TimeToLiveDescription;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connections that cannot starve the server: slow, truncated, idle and surplus connections, and
 * running out of memory while serving.
 */
class TransportTest {
  private static final String LIST_TABLES = "{}";

  private final FakeEngine engine =
      new FakeEngine().answering(request -> new ListTablesResponse(List.of("Orders"), null));

  private static Map<String, String> listTablesHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", "127.0.0.1");
    headers.put("Content-Type", "application/x-amz-json-1.0");
    headers.put("X-Amz-Target", "DynamoDB_20120810.ListTables");
    return headers;
  }

  @Test
  void eightSlowSockets_doNotStopOtherClients() throws Exception {
    slowSocketsDoNotStopOtherClients(8);
  }

  @Test
  void fiveHundredSlowSockets_doNotStopOtherClients() throws Exception {
    slowSocketsDoNotStopOtherClients(500);
  }

  private void slowSocketsDoNotStopOtherClients(int count) throws Exception {
    // The timeouts are long: the slow sockets stay open for the whole test. A server that read
    // headers on its request threads (8 of them here) would leave the normal client waiting.
    try (KeyspanServer server =
        KeyspanServer.builder(engine)
            .port(0)
            .threads(8)
            .headerTimeout(Duration.ofMinutes(5))
            .start()) {
      List<RawConnection> slow = new ArrayList<>();
      try {
        for (int i = 0; i < count; i++) {
          RawConnection connection = new RawConnection(server.endpoint());
          connection.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: Dyn");
          slow.add(connection);
        }
        WireClient client = new WireClient(server.endpoint(), Duration.ofSeconds(5));
        for (int i = 0; i < 20; i++) {
          HttpResponse<String> response = client.call("ListTables", LIST_TABLES);
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.body()).isEqualTo("{\"TableNames\":[\"Orders\"]}");
        }
      } finally {
        for (RawConnection connection : slow) {
          connection.close();
        }
      }
    }
  }

  @Test
  void headersThatNeverFinish_areAnswered408AndClosed() throws Exception {
    try (KeyspanServer server =
            KeyspanServer.builder(engine).port(0).headerTimeout(Duration.ofMillis(200)).start();
        RawConnection slow = new RawConnection(server.endpoint())) {
      slow.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");

      assertThat(slow.readAnswer().status()).isEqualTo(408);
      assertThat(slow.closedByServer()).isTrue();
    }
  }

  @Test
  void truncatedBody_isAnswered408AndClosed_withinTheBodyTimeout() throws Exception {
    try (KeyspanServer server =
            KeyspanServer.builder(engine).port(0).bodyTimeout(Duration.ofMillis(200)).start();
        RawConnection truncated = new RawConnection(server.endpoint())) {
      StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
      listTablesHeaders()
          .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      truncated.send(head + "Content-Length: 100\r\n\r\n{\"Limit\":");

      assertThat(truncated.readAnswer().status()).isEqualTo(408);
      assertThat(truncated.closedByServer()).isTrue();
      assertThat(engine.lastRequest()).isNull();
    }
  }

  @Test
  void idleConnection_isClosedAfterTheIdleTimeout() throws Exception {
    try (KeyspanServer server =
            KeyspanServer.builder(engine).port(0).idleTimeout(Duration.ofMillis(200)).start();
        RawConnection idle = new RawConnection(server.endpoint())) {
      idle.sendRequest(listTablesHeaders(), LIST_TABLES.getBytes(StandardCharsets.UTF_8));
      assertThat(idle.readAnswer().status()).isEqualTo(200);

      assertThat(idle.closedByServer()).isTrue();
    }
  }

  @ParameterizedTest(name = "serveOnIoThreads={0}")
  @ValueSource(booleans = {false, true})
  void requests_runOnTheRequestThreads_orOnTheIoThreadsWhenAsked(boolean onIoThreads)
      throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    FakeEngine recording =
        new FakeEngine()
            .answering(
                request -> {
                  threads.add(Thread.currentThread().getName().replaceAll("-\\d+", ""));
                  return new ListTablesResponse(List.of(), null);
                });
    try (KeyspanServer server =
            KeyspanServer.builder(recording).port(0).serveOnIoThreads(onIoThreads).start();
        RawConnection connection = new RawConnection(server.endpoint())) {
      connection.sendRequest(listTablesHeaders(), LIST_TABLES.getBytes(StandardCharsets.UTF_8));
      assertThat(connection.readAnswer().status()).isEqualTo(200);
    }

    assertThat(threads).containsExactly(onIoThreads ? "keyspan-io" : "keyspan-server");
  }

  @ParameterizedTest(name = "serveOnIoThreads={0}")
  @ValueSource(booleans = {false, true})
  void keepAliveConnection_servesRequestAfterRequest(boolean onIoThreads) throws Exception {
    try (KeyspanServer server =
            KeyspanServer.builder(engine).port(0).serveOnIoThreads(onIoThreads).start();
        RawConnection connection = new RawConnection(server.endpoint())) {
      for (int i = 0; i < 3; i++) {
        connection.sendRequest(listTablesHeaders(), LIST_TABLES.getBytes(StandardCharsets.UTF_8));
        assertThat(connection.readAnswer().body()).isEqualTo("{\"TableNames\":[\"Orders\"]}");
      }
    }
  }

  @Test
  void connectionPastTheCap_isAnswered503AndClosed() throws Exception {
    try (KeyspanServer server = KeyspanServer.builder(engine).port(0).maxConnections(2).start();
        RawConnection first = new RawConnection(server.endpoint());
        RawConnection second = new RawConnection(server.endpoint())) {
      // An answer on each proves the server has counted both.
      for (RawConnection connection : List.of(first, second)) {
        connection.sendRequest(listTablesHeaders(), LIST_TABLES.getBytes(StandardCharsets.UTF_8));
        assertThat(connection.readAnswer().status()).isEqualTo(200);
      }
      try (RawConnection third = new RawConnection(server.endpoint())) {
        RawConnection.Answer answer = third.readAnswer();

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body())
            .isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ServiceUnavailable\","
                    + "\"message\":\"Too many open connections (at most 2); retry later.\"}");
        assertThat(third.closedByServer()).isTrue();
      }
    }
  }

  @Test
  void bodiesPastTheMemoryBudget_areAnswered503BeforeTheyAreRead() throws Exception {
    try (KeyspanServer server =
            KeyspanServer.builder(engine)
                .port(0)
                .maxRequestBytes(1000)
                .maxBufferedBodyBytes(1000)
                .start();
        RawConnection holding = new RawConnection(server.endpoint());
        RawConnection next = new RawConnection(server.endpoint())) {
      // The first request reserves 1000 bytes; "100 Continue" shows the reservation is made.
      holding.send(
          "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n");
      assertThat(holding.readAnswer().status()).isEqualTo(100);

      next.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n");
      RawConnection.Answer answer = next.readAnswer();

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.body()).contains("Too many request bytes in progress (at most 1000)");
    }
  }

  @Test
  void outOfMemoryWhileServing_closesTheConnection_reportsIt_andKeepsServing() throws Exception {
    CountDownLatch reported = new CountDownLatch(1);
    FakeEngine exhausted =
        new FakeEngine()
            .answering(
                request -> {
                  throw new OutOfMemoryError("Java heap space");
                });
    try (KeyspanServer server =
            KeyspanServer.builder(exhausted).port(0).onOutOfMemory(reported::countDown).start();
        RawConnection connection = new RawConnection(server.endpoint())) {
      connection.sendRequest(listTablesHeaders(), LIST_TABLES.getBytes(StandardCharsets.UTF_8));

      assertThat(connection.closedByServer()).isTrue();
      assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
      exhausted.answering(request -> new ListTablesResponse(List.of(), null));
      assertThat(new WireClient(server.endpoint()).call("ListTables", LIST_TABLES).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void headerBlockPastItsBound_isAnswered400AndClosed() throws Exception {
    try (KeyspanServer server = KeyspanServer.start(engine, 0);
        RawConnection connection = new RawConnection(server.endpoint())) {
      connection.send(
          "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "p".repeat(20_000) + "\r\n\r\n");

      assertThat(connection.readAnswer().status()).isEqualTo(400);
      assertThat(connection.closedByServer()).isTrue();
      assertThat(engine.lastRequest()).isNull();
    }
  }

  @ParameterizedTest(name = "serveOnIoThreads={0}")
  @ValueSource(booleans = {false, true})
  void pipelinedRequests_areAnsweredInOrder(boolean onIoThreads) throws Exception {
    FakeEngine twoOperations =
        new FakeEngine()
            .answering(
                request ->
                    request instanceof ListTablesRequest
                        ? new ListTablesResponse(List.of("Orders"), null)
                        : TimeToLiveDescription.DISABLED);
    Map<String, String> describeTtl = listTablesHeaders();
    describeTtl.put("X-Amz-Target", "DynamoDB_20120810.DescribeTimeToLive");
    String ttlBody = "{\"TableName\":\"Orders\"}";
    try (KeyspanServer server =
            KeyspanServer.builder(twoOperations).port(0).serveOnIoThreads(onIoThreads).start();
        RawConnection connection = new RawConnection(server.endpoint())) {
      // Both requests leave in one write, before any answer is read.
      StringBuilder both = new StringBuilder();
      for (Map.Entry<Map<String, String>, String> request :
          List.of(Map.entry(describeTtl, ttlBody), Map.entry(listTablesHeaders(), LIST_TABLES))) {
        both.append("POST / HTTP/1.1\r\n");
        request
            .getKey()
            .forEach((name, value) -> both.append(name).append(": ").append(value).append("\r\n"));
        both.append("Content-Length: ")
            .append(request.getValue().length())
            .append("\r\n\r\n")
            .append(request.getValue());
      }
      connection.send(both.toString());

      assertThat(connection.readAnswer().body()).contains("TimeToLiveStatus");
      assertThat(connection.readAnswer().body()).isEqualTo("{\"TableNames\":[\"Orders\"]}");
    }
  }

  @Test
  void answerNeverRead_losesItsConnectionAfterTheIdleTimeout() throws Exception {
    // About 10 MB of answer: more than the sockets buffer, so the write waits for the reader.
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      names.add(String.format("%0200d", i));
    }
    FakeEngine large = new FakeEngine().answering(request -> new ListTablesResponse(names, null));
    try (KeyspanServer server =
            KeyspanServer.builder(large).port(0).idleTimeout(Duration.ofMillis(300)).start();
        RawConnection reader = new RawConnection(server.endpoint())) {
      reader.sendRequest(listTablesHeaders(), LIST_TABLES.getBytes(StandardCharsets.UTF_8));
      // Reads nothing until the server has had time to give up, then drains what was sent.
      assertThat(reader.closedByServerAfterDraining()).isTrue();
    }
  }
}
