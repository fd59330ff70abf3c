package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.exception.ClientSideException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * DynamoDB's JSON 1.0 protocol, independent of the transport: {@code POST /} with {@code
 * X-Amz-Target: DynamoDB_20120810.<Operation>}. Every answer carries {@code x-amzn-RequestId} and
 * {@code x-amz-crc32}; every failure is one of DynamoDB's error bodies, never a stack trace.
 */
public final class DynamoDbProtocol {
  private static final String AMZ_JSON = "application/x-amz-json-1.0";
  private static final String PLAIN_JSON = "application/json";
  private static final byte[] UNKNOWN_OPERATION_XML =
      "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEALTHY = "healthy: keyspan".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ID_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".getBytes(StandardCharsets.US_ASCII);

  private final Engine engine;
  private final long maxRequestBytes;
  private final Optional<SigV4Verifier> verifier;

  public DynamoDbProtocol(Engine engine, long maxRequestBytes, Optional<SigV4Verifier> verifier) {
    this.engine = engine;
    this.maxRequestBytes = maxRequestBytes;
    this.verifier = verifier;
  }

  /** The largest body {@link #handle} accepts; a transport may stop reading past it. */
  public long maxRequestBytes() {
    return maxRequestBytes;
  }

  /** DynamoDB's answer to an oversized request: a bare 413. */
  public WireResponse payloadTooLarge() {
    return respond(413, null, new byte[0]);
  }

  /** A request that is not well-formed HTTP: a bare 400, then the connection closes. */
  public WireResponse badRequest() {
    return respond(400, null, new byte[0]);
  }

  /**
   * A request whose headers or body did not arrive in time: a bare 408, then the connection closes.
   */
  public WireResponse requestTimeout() {
    return respond(408, null, new byte[0]);
  }

  /**
   * DynamoDB's answer when it is too busy (HTTP 503, ServiceUnavailable, which every SDK retries
   * with backoff); see
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html.
   */
  public WireResponse serviceUnavailable(String message) {
    ObjectNode error = WireResponses.object();
    error.put("__type", "com.amazonaws.dynamodb.v20120810#ServiceUnavailable");
    error.put("message", message);
    return respond(503, AMZ_JSON, ResponseJson.write(error));
  }

  /** Answers one request. */
  public WireResponse handle(WireRequest request) {
    String method = request.method();
    if (method.equals("GET") && request.rawPath().equals("/")) {
      // DynamoDB's endpoints answer a plain GET as a health check.
      return respond(200, "text/plain", HEALTHY);
    }
    byte[] body = request.body();
    if (body.length > maxRequestBytes) {
      return payloadTooLarge();
    }
    String contentType = request.header("Content-Type").map(String::trim).orElse(null);
    if (!method.equals("POST")
        || (body.length > 0 && !AMZ_JSON.equals(contentType) && !PLAIN_JSON.equals(contentType))) {
      return respond(404, null, UNKNOWN_OPERATION_XML);
    }
    String responseType = PLAIN_JSON.equals(contentType) ? PLAIN_JSON : AMZ_JSON;
    Reply reply = answer(request);
    return respond(reply.status(), responseType, ResponseJson.write(reply.json()));
  }

  /** The operation's response, or DynamoDB's error body for the failure. */
  private Reply answer(WireRequest request) {
    String target = request.header("X-Amz-Target").orElse(null);
    try {
      Operation operation = Operation.forTarget(target);
      // The signature needs only the headers and the body's bytes: an unsigned or forged request
      // is rejected before its body is parsed.
      if (verifier.isPresent()) {
        verifier.get().verify(request);
      }
      if (request.body().length == 0) {
        throw WireException.malformedBody();
      }
      return new Reply(
          200,
          operation.handle(
              engine,
              WireObject.root(RequestJson.read(request.body())),
              request.header("Host").orElse("localhost")));
    } catch (WireException e) {
      return ErrorBodies.of(e);
    } catch (ClientSideException e) {
      // The engine's own process failed (an SDK engine that lost its connection): DynamoDB has
      // no error type for that, so the client sees an internal error, as for any other failure.
      warn(target + " failed in the engine", e);
      return ErrorBodies.internal();
    } catch (KeyspanException e) {
      // Invalid values (InvalidValueException) are ValidationExceptions with DynamoDB's text.
      return ErrorBodies.of(e);
    } catch (RuntimeException e) {
      warn(target + " failed unexpectedly", e);
      return ErrorBodies.internal();
    }
  }

  /** Looked up only when a request fails: logging's setup is no part of a normal answer's cost. */
  private static void warn(String message, Throwable error) {
    Logger.getLogger(DynamoDbProtocol.class.getName()).log(Level.WARNING, message, error);
  }

  private static WireResponse respond(int status, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>(8);
    headers.put("x-amzn-RequestId", requestId());
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    CRC32 crc = new CRC32();
    crc.update(body);
    headers.put("x-amz-crc32", Long.toString(crc.getValue()));
    return new WireResponse(status, headers, body);
  }

  /** 52 characters like DynamoDB's; an identifier for logs, not a secret. */
  private static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] id = new byte[52];
    // 12 characters from each random long (36^12 < 2^63), rather than one random number each.
    long bits = 0;
    for (int i = 0; i < id.length; i++) {
      if (i % 12 == 0) {
        bits = random.nextLong() >>> 1;
      }
      id[i] = ID_CHARACTERS[(int) (bits % ID_CHARACTERS.length)];
      bits /= ID_CHARACTERS.length;
    }
    return new String(id, StandardCharsets.US_ASCII);
  }
}
