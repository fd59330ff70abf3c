package io.keyspan.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends raw DynamoDB JSON requests to a server, as an SDK would, and returns the raw answer. */
final class WireClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final Duration timeout;

  WireClient(URI endpoint) {
    this(endpoint, Duration.ofSeconds(60));
  }

  /** A client whose every call fails unless answered within {@code timeout}. */
  WireClient(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
  }

  /** {@code POST /} of {@code body} to the operation, with DynamoDB's content type. */
  HttpResponse<String> call(String operation, String body) {
    return call(operation, body.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code POST /} of raw bytes, for bodies that are not well-formed text. */
  HttpResponse<String> call(String operation, byte[] body) {
    return send(
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .timeout(timeout)
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810." + operation)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
