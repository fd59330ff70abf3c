package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command-line server in a 32 MB heap, flooded with large requests: every request is answered
 * or its connection closed, and afterwards the server either answers again or has exited with
 * status 3 so that a supervisor restarts it. It never hangs.
 */
class SmallHeapTest {
  private static final int CLIENTS = 12;
  private static final int REQUESTS_PER_CLIENT = 3;
  private static final int BODY_BYTES = 4 * 1024 * 1024;

  /** How a flood request ended. */
  private enum Outcome {
    ANSWERED,
    CLOSED,
    HUNG
  }

  @Test
  void floodInASmallHeap_endsInAnswersOrAnExit_neverInAHang() throws Exception {
    ServerProcess child = ServerProcess.start(List.of("-Xmx32m"), "--port", "0");
    Process server = child.process();
    try {
      URI endpoint = child.endpoint();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Outcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < CLIENTS * REQUESTS_PER_CLIENT; i++) {
        outcomes.add(clients.submit(() -> bigPutItem(endpoint)));
      }
      List<Outcome> ended = new ArrayList<>();
      for (Future<Outcome> outcome : outcomes) {
        ended.add(outcome.get(120, TimeUnit.SECONDS));
      }
      clients.shutdown();

      assertThat(ended).doesNotContain(Outcome.HUNG);
      if (server.waitFor(2, TimeUnit.SECONDS)) {
        assertThat(server.exitValue()).isEqualTo(Main.OUT_OF_MEMORY_STATUS);
      } else {
        assertThat(healthCheck(endpoint)).startsWith("HTTP/1.1 200");
      }
    } finally {
      child.kill();
    }
  }

  private static Outcome bigPutItem(URI endpoint) {
    byte[] body = putItemBody();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 30_000);
      socket.setSoTimeout(60_000);
      String head =
          "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
              + "X-Amz-Target: DynamoDB_20120810.PutItem\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      int first = socket.getInputStream().read();
      return first == -1 ? Outcome.CLOSED : Outcome.ANSWERED;
    } catch (SocketTimeoutException e) {
      return Outcome.HUNG;
    } catch (IOException e) {
      return Outcome.CLOSED; // refused or reset: the server closed or exited
    }
  }

  private static byte[] putItemBody() {
    StringBuilder json = new StringBuilder(BODY_BYTES + 100);
    json.append("{\"TableName\":\"Flood\",\"Item\":{\"pk\":{\"S\":\"k\"},\"list\":{\"L\":[");
    while (json.length() < BODY_BYTES) {
      json.append("{\"S\":\"x\"},");
    }
    json.append("{\"S\":\"x\"}]}}}");
    return json.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String healthCheck(URI endpoint) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
