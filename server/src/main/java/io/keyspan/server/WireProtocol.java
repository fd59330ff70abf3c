package io.keyspan.server;

import io.keyspan.engine.Engine;
import io.keyspan.server.internal.DynamoDbProtocol;
import java.util.Objects;
import java.util.Optional;

/**
 * DynamoDB's JSON protocol over an {@link Engine}, without a transport: hand it a {@link
 * WireRequest} and it returns the bytes DynamoDB's endpoint would send. {@link KeyspanServer}
 * carries it over HTTP; an in-process SDK client can call it directly, so the SDK sees exactly what
 * it would see over the wire.
 *
 * <pre>{@code
 * WireProtocol protocol = WireProtocol.of(engine);
 * WireResponse response = protocol.handle(WireRequest.post(headers, body));
 * }</pre>
 *
 * <p>Thread-safe; requests may be handled concurrently (the engine provides atomicity and
 * isolation). It does not verify signatures: that is a property of a server reachable by others.
 */
public final class WireProtocol {
  private final DynamoDbProtocol protocol;

  private WireProtocol(DynamoDbProtocol protocol) {
    this.protocol = protocol;
  }

  /** The protocol over this engine, with DynamoDB's 16 MB bound on a request body. */
  public static WireProtocol of(Engine engine) {
    return new WireProtocol(
        new DynamoDbProtocol(
            Objects.requireNonNull(engine, "engine"),
            KeyspanServer.DEFAULT_MAX_REQUEST_BYTES,
            Optional.empty()));
  }

  /** Answers one request, as DynamoDB's endpoint would. */
  public WireResponse handle(WireRequest request) {
    return protocol.handle(Objects.requireNonNull(request, "request"));
  }
}
