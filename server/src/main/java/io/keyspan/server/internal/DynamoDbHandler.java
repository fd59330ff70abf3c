package io.keyspan.server.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

/**
 * Carries {@link DynamoDbProtocol} over the JDK's HTTP server: turns an exchange into a {@link
 * WireRequest}, bounding the body before it is read into memory, and writes the answer back.
 */
public final class DynamoDbHandler implements HttpHandler {
  private final DynamoDbProtocol protocol;

  public DynamoDbHandler(DynamoDbProtocol protocol) {
    this.protocol = protocol;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = readBody(exchange);
      WireResponse response;
      if (body == null) {
        response = protocol.payloadTooLarge();
      } else {
        URI uri = exchange.getRequestURI();
        response =
            protocol.handle(
                new WireRequest(
                    exchange.getRequestMethod(),
                    uri.getRawPath(),
                    uri.getRawQuery(),
                    exchange.getRequestHeaders(),
                    body));
      }
      send(exchange, response);
    }
  }

  /** The body, or null when it exceeds the bound. */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    long maxRequestBytes = protocol.maxRequestBytes();
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxRequestBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
      return body.length > maxRequestBytes ? null : body;
    }
  }

  private static void send(HttpExchange exchange, WireResponse response) throws IOException {
    response.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
