package io.keyspan.server;

import io.keyspan.engine.Engine;
import io.keyspan.server.internal.DynamoDbProtocol;
import io.keyspan.server.internal.HttpTransport;
import io.keyspan.server.internal.SigV4Verifier;
import io.keyspan.server.internal.TransportSettings;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves an {@link Engine} over DynamoDB's JSON 1.0 protocol, so every AWS SDK and the AWS CLI can
 * use it as their DynamoDB endpoint.
 *
 * <pre>{@code
 * try (KeyspanServer server = KeyspanServer.start(engine, 0)) {   // 0 = any free port
 *   URI endpoint = server.endpoint();                               // http://127.0.0.1:<port>
 *   ...
 * }
 * }</pre>
 *
 * <p>Safe by default: it listens on loopback only, bounds request bodies (16 MB, as DynamoDB) and
 * the bytes buffered over all connections, times out slow and idle connections, caps the open
 * connections, and can verify SigV4 signatures against configured access keys. Connections are read
 * and written without blocking; requests run concurrently on a thread pool, and the engine provides
 * atomicity and isolation. {@link #close()} stops accepting, lets in-flight requests finish, then
 * closes; it leaves the engine open (its owner closes it).
 */
public final class KeyspanServer implements AutoCloseable {
  /** DynamoDB's own bound on a request body. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  /** The open connections served at once by default. */
  public static final int DEFAULT_MAX_CONNECTIONS = 1000;

  private static final Logger LOG = Logger.getLogger(KeyspanServer.class.getName());

  private final HttpTransport http;

  private KeyspanServer(Builder builder) {
    Optional<SigV4Verifier> verifier =
        builder.credentials.isEmpty()
            ? Optional.empty()
            : Optional.of(new SigV4Verifier(builder.credentials, builder.region, builder.clock));
    this.http =
        new HttpTransport(
            new DynamoDbProtocol(builder.engine, builder.maxRequestBytes, verifier),
            new TransportSettings(
                builder.host,
                builder.port,
                builder.threads,
                builder.serveOnIoThreads,
                builder.headerTimeout,
                builder.bodyTimeout,
                builder.idleTimeout,
                builder.maxConnections,
                Math.max(builder.maxRequestBytes, builder.maxBufferedBodyBytes),
                builder.shutdownGrace,
                builder.onOutOfMemory));
  }

  /** Serves the engine on loopback at the given port; 0 picks a free port (see {@link #port()}). */
  public static KeyspanServer start(Engine engine, int port) {
    return builder(engine).port(port).start();
  }

  public static Builder builder(Engine engine) {
    return new Builder(engine);
  }

  /** The port the server listens on. */
  public int port() {
    return http.address().getPort();
  }

  /** The endpoint URL to give an SDK or the AWS CLI, such as {@code http://127.0.0.1:8000}. */
  public URI endpoint() {
    InetSocketAddress address = http.address();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort());
  }

  /**
   * Waits (up to the shutdown grace) for the requests in progress to finish, then stops listening.
   * The engine stays open.
   */
  @Override
  public void close() {
    http.close();
  }

  /** Settings of a server; every one has a safe default. */
  public static final class Builder {
    private final Engine engine;
    private String host = "127.0.0.1";
    private int port = 8000;
    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    private boolean serveOnIoThreads;
    private Duration shutdownGrace = Duration.ofSeconds(30);
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private Optional<String> region = Optional.empty();
    private Duration headerTimeout = Duration.ofSeconds(10);
    private Duration bodyTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private long maxBufferedBodyBytes = Runtime.getRuntime().maxMemory() / 4;
    private Runnable onOutOfMemory =
        () ->
            LOG.log(
                Level.SEVERE, "Out of memory while serving a request; its connection was closed");

    private Builder(Engine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The address to bind; default {@code 127.0.0.1}. {@code 0.0.0.0} accepts remote clients. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; default 8000, 0 for any free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** The largest request body accepted; larger ones get HTTP 413. Default 16 MB. */
    public Builder maxRequestBytes(long maxRequestBytes) {
      if (maxRequestBytes < 1) {
        throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /** The number of requests served at once. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Runs each request on its connection's I/O thread rather than on the request threads. That
     * saves two thread hand-offs per request, about a third of the server's CPU time for a small
     * PutItem or GetItem, but a request that blocks also stalls every connection sharing its I/O
     * thread: only for engines that never wait on I/O, such as the in-memory engine without a data
     * directory. Default false.
     */
    public Builder serveOnIoThreads(boolean serveOnIoThreads) {
      this.serveOnIoThreads = serveOnIoThreads;
      return this;
    }

    /** How long {@link KeyspanServer#close()} waits for requests in progress. Default 30 s. */
    public Builder shutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = Objects.requireNonNull(shutdownGrace, "shutdownGrace");
      return this;
    }

    /**
     * Accepts requests signed (SigV4) with this access key and secret. Once any key is added, every
     * request must carry a valid signature from a configured key.
     */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      credentials.put(
          Objects.requireNonNull(accessKeyId, "accessKeyId"),
          Objects.requireNonNull(secretAccessKey, "secretAccessKey"));
      return this;
    }

    /** The clock for signature expiry; tests pass one they control. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The region a signature's credential scope must name; by default any region is accepted. Only
     * meaningful with {@link #credentials}.
     */
    public Builder region(String region) {
      this.region = Optional.of(Objects.requireNonNull(region, "region"));
      return this;
    }

    /**
     * How long a request's header block may take to arrive, from its first byte; past it the client
     * gets 408 and the connection closes. Default 10 s.
     */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = positive(headerTimeout, "headerTimeout");
      return this;
    }

    /**
     * How long a request's body may take to arrive, from the end of its headers; past it the client
     * gets 408 and the connection closes. Default 30 s.
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = positive(bodyTimeout, "bodyTimeout");
      return this;
    }

    /**
     * How long an open connection may wait for its next request before it is closed. Default 60 s.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive(idleTimeout, "idleTimeout");
      return this;
    }

    /**
     * The open connections served at once; past it a new connection gets 503 (ServiceUnavailable,
     * which SDKs retry) and is closed. Default 1000.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * The bytes of request bodies held in memory at once, over all connections; a request that
     * would pass it gets 503 before its body is read. Never less than {@link #maxRequestBytes}.
     * Default a quarter of the maximum heap.
     */
    public Builder maxBufferedBodyBytes(long maxBufferedBodyBytes) {
      if (maxBufferedBodyBytes < 1) {
        throw new IllegalArgumentException(
            "maxBufferedBodyBytes must be positive: " + maxBufferedBodyBytes);
      }
      this.maxBufferedBodyBytes = maxBufferedBodyBytes;
      return this;
    }

    /**
     * What to do when the heap runs out while a request is served, after its connection is closed.
     * The default logs and keeps serving (the request's memory is freed); the command line exits
     * the process instead, so that a supervisor restarts it.
     */
    public Builder onOutOfMemory(Runnable onOutOfMemory) {
      this.onOutOfMemory = Objects.requireNonNull(onOutOfMemory, "onOutOfMemory");
      return this;
    }

    private static Duration positive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }

    /** Starts listening. */
    public KeyspanServer start() {
      return new KeyspanServer(this);
    }
  }
}
