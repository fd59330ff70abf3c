package io.keyspan.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The synchronous SDK's HTTP client, answered in the calling thread by the server's protocol: no
 * connection, no socket, no server thread. The SDK still marshals, signs, checks the CRC32 of every
 * response and maps errors, since it sees the bytes an HTTP server would send.
 */
final class InProcessHttpClient implements SdkHttpClient {
  private final WireExchange exchange;

  InProcessHttpClient(WireExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        WireExchange.Answer answer = exchange.answer(request.httpRequest(), body(request));
        return HttpExecuteResponse.builder()
            .response(answer.response())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body())))
            .build();
      }

      @Override
      public void abort() {
        // Nothing to abort: the answer is computed synchronously in call().
      }
    };
  }

  private static byte[] body(HttpExecuteRequest request) throws IOException {
    if (request.contentStreamProvider().isEmpty()) {
      return new byte[0];
    }
    ContentStreamProvider provider = request.contentStreamProvider().get();
    try (InputStream in = provider.newStream()) {
      return in.readAllBytes();
    }
  }

  @Override
  public String clientName() {
    return "KeyspanInProcess";
  }

  @Override
  public void close() {
    // Holds no connections; the engine belongs to the Keyspan handle.
  }
}
