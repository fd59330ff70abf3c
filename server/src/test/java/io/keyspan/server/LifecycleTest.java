package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.table.TimeToLiveDescription;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrent clients and graceful shutdown. */
class LifecycleTest {
  private static final String DESCRIBE_TTL = "{\"TableName\":\"Orders\"}";

  @Test
  void requestsRunConcurrently() throws Exception {
    // Four requests must be inside the engine at once to pass the barrier: a server that served
    // one request at a time would break it (after its timeout) and answer 500.
    CyclicBarrier allInside = new CyclicBarrier(4);
    FakeEngine engine =
        new FakeEngine()
            .answering(
                request -> {
                  try {
                    allInside.await(60, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return TimeToLiveDescription.DISABLED;
                });
    try (KeyspanServer server = KeyspanServer.builder(engine).port(0).threads(4).start()) {
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        responses.add(sendAsync(server.endpoint()));
      }
      for (CompletableFuture<HttpResponse<String>> response : responses) {
        assertThat(response.get(90, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void close_letsTheRequestInProgressFinish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FakeEngine engine =
        new FakeEngine()
            .answering(
                request -> {
                  entered.countDown();
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return TimeToLiveDescription.DISABLED;
                });
    KeyspanServer server = KeyspanServer.start(engine, 0);
    URI endpoint = server.endpoint();
    CompletableFuture<HttpResponse<String>> inFlight = sendAsync(endpoint);
    assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();

    Thread closer = new Thread(server::close, "closer");
    closer.start();
    // The closer waits for the request in progress.
    while (closer.getState() != Thread.State.TIMED_WAITING && closer.isAlive()) {
      Thread.onSpinWait();
    }
    assertThat(closer.isAlive()).isTrue();
    release.countDown();

    HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("DISABLED");
    closer.join();
    // Once closed, nothing listens any more.
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                HttpClient.newHttpClient()
                    .send(request(endpoint), HttpResponse.BodyHandlers.ofString()));
    assertThat(refused).isInstanceOf(ConnectException.class);
  }

  private static CompletableFuture<HttpResponse<String>> sendAsync(URI endpoint) {
    return HttpClient.newHttpClient()
        .sendAsync(request(endpoint), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(URI endpoint) {
    return HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "DynamoDB_20120810.DescribeTimeToLive")
        .POST(HttpRequest.BodyPublishers.ofString(DESCRIBE_TTL))
        .build();
  }
}
