package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.keyspan.engine.Engine;
import io.keyspan.exception.ClientSideException;
import io.keyspan.exception.KeyspanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * DynamoDB's JSON 1.0 protocol over HTTP: {@code POST /} with {@code X-Amz-Target:
 * DynamoDB_20120810.<Operation>}. Every answer carries {@code x-amzn-RequestId} and {@code
 * x-amz-crc32}; every failure is one of DynamoDB's error bodies, never a stack trace.
 */
public final class DynamoDbHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(DynamoDbHandler.class.getName());
  private static final String AMZ_JSON = "application/x-amz-json-1.0";
  private static final String PLAIN_JSON = "application/json";
  private static final byte[] UNKNOWN_OPERATION_XML =
      "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);
  private static final char[] ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

  private final Engine engine;
  private final long maxRequestBytes;
  private final Optional<SigV4Verifier> verifier;
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public DynamoDbHandler(Engine engine, long maxRequestBytes, Optional<SigV4Verifier> verifier) {
    this.engine = engine;
    this.maxRequestBytes = maxRequestBytes;
    this.verifier = verifier;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("x-amzn-RequestId", requestId());
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && "/".equals(exchange.getRequestURI().getPath())) {
        // DynamoDB's endpoints answer a plain GET as a health check.
        send(exchange, 200, "text/plain", "healthy: keyspan".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      byte[] body = readBody(exchange);
      if (body == null) {
        // DynamoDB answers an oversized request with a bare 413.
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      String contentType = contentType(exchange);
      if (!method.equals("POST")
          || (body.length > 0
              && !AMZ_JSON.equals(contentType)
              && !PLAIN_JSON.equals(contentType))) {
        send(exchange, 404, null, UNKNOWN_OPERATION_XML);
        return;
      }
      String responseType = PLAIN_JSON.equals(contentType) ? PLAIN_JSON : AMZ_JSON;
      Reply reply = answer(exchange, body);
      send(exchange, reply.status(), responseType, json.writeValueAsBytes(reply.json()));
    }
  }

  /** The operation's response, or DynamoDB's error body for the failure. */
  private Reply answer(HttpExchange exchange, byte[] body) {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    try {
      JsonNode parsed = body.length == 0 ? null : parse(body);
      Operation operation = Operation.forTarget(target);
      if (verifier.isPresent()) {
        verifier.get().verify(
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            exchange.getRequestHeaders(),
            body);
      }
      if (parsed == null) {
        throw WireException.malformedBody();
      }
      return new Reply(200, operation.handle(engine, WireObject.root(parsed)));
    } catch (WireException e) {
      return ErrorBodies.of(e);
    } catch (ClientSideException e) {
      // The engine's own process failed (an SDK engine that lost its connection): DynamoDB has
      // no error type for that, so the client sees an internal error, as for any other failure.
      LOG.log(Level.WARNING, target + " failed in the engine", e);
      return ErrorBodies.internal();
    } catch (KeyspanException e) {
      // Invalid values (InvalidValueException) are ValidationExceptions with DynamoDB's text.
      return ErrorBodies.of(e);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, target + " failed unexpectedly", e);
      return ErrorBodies.internal();
    }
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw WireException.malformedBody();
    }
  }

  private static String contentType(HttpExchange exchange) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return type == null ? null : type.trim();
  }

  /** The body, or null when it exceeds the bound. */
  private byte[] readBody(HttpExchange exchange) throws IOException {
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

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    CRC32 crc = new CRC32();
    crc.update(body);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** 52 characters like DynamoDB's; an identifier for logs, not a secret. */
  private static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[52];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARACTERS[random.nextInt(ID_CHARACTERS.length)];
    }
    return new String(id);
  }
}
