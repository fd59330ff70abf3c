package io.keyspan.server;

import com.sun.net.httpserver.HttpServer;
import io.keyspan.engine.Engine;
import io.keyspan.server.internal.DynamoDbHandler;
import io.keyspan.server.internal.DynamoDbProtocol;
import io.keyspan.server.internal.InFlight;
import io.keyspan.server.internal.SigV4Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * can verify SigV4 signatures against configured access keys. Requests run concurrently on a
 * thread pool; the engine provides atomicity and isolation. {@link #close()} lets in-flight
 * requests finish before it stops listening, and leaves the engine open (its owner closes it).
 */
public final class KeyspanServer implements AutoCloseable {
  /** DynamoDB's own bound on a request body. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections. */
  static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    // The JDK's HTTP server leaves Nagle's algorithm on unless told otherwise; with SDK clients
    // that send a request in more than one segment, every call then waits for a delayed ACK
    // (about 50 ms per request on loopback instead of a few). A user's own setting wins.
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  private final HttpServer http;
  private final ExecutorService executor;
  private final InFlight inFlight;
  private final Duration shutdownGrace;

  private KeyspanServer(Builder builder) {
    Optional<SigV4Verifier> verifier =
        builder.credentials.isEmpty()
            ? Optional.empty()
            : Optional.of(new SigV4Verifier(builder.credentials, builder.clock));
    this.inFlight = new InFlight();
    this.shutdownGrace = builder.shutdownGrace;
    this.executor = Executors.newFixedThreadPool(builder.threads, daemonThreads());
    try {
      this.http = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 128);
    } catch (IOException e) {
      executor.shutdown();
      throw new UncheckedIOException(
          "Cannot listen on " + builder.host + ":" + builder.port + ": " + e.getMessage(), e);
    }
    http.createContext(
        "/",
        inFlight.counting(
            new DynamoDbHandler(
                new DynamoDbProtocol(builder.engine, builder.maxRequestBytes, verifier))));
    http.setExecutor(executor);
    http.start();
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
    return http.getAddress().getPort();
  }

  /** The endpoint URL to give an SDK or the AWS CLI, such as {@code http://127.0.0.1:8000}. */
  public URI endpoint() {
    InetSocketAddress address = http.getAddress();
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
    inFlight.awaitIdle(shutdownGrace);
    http.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "keyspan-server-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Settings of a server; every one has a safe default. */
  public static final class Builder {
    private final Engine engine;
    private String host = "127.0.0.1";
    private int port = 8000;
    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    private Duration shutdownGrace = Duration.ofSeconds(30);
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();

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

    /** How long {@link KeyspanServer#close()} waits for requests in progress. Default 30 s. */
    public Builder shutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = Objects.requireNonNull(shutdownGrace, "shutdownGrace");
      return this;
    }

    /**
     * Accepts requests signed (SigV4) with this access key and secret. Once any key is added,
     * every request must carry a valid signature from a configured key.
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

    /** Starts listening. */
    public KeyspanServer start() {
      return new KeyspanServer(this);
    }
  }
}
