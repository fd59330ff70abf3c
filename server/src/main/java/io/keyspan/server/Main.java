package io.keyspan.server;

import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineUri;
import io.keyspan.engine.Engines;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar keyspan-server.jar [options] [engine-uri]}: serves the engine (default {@code
 * memory:}) until interrupted. Secrets come from {@code KEYSPAN_CREDENTIALS} or a file, so they
 * never have to appear in the process list.
 */
public final class Main {
  /** The environment variable with the access keys to require, as ACCESS_KEY:SECRET pairs. */
  static final String CREDENTIALS_VARIABLE = "KEYSPAN_CREDENTIALS";

  /** The exit status after running out of memory, so that a supervisor restarts the server. */
  static final int OUT_OF_MEMORY_STATUS = 3;

  private static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar keyspan-server.jar [options] [engine-uri]",
          "",
          "Serves a Keyspan engine over DynamoDB's JSON protocol, for the AWS CLI and AWS SDKs.",
          "",
          "  engine-uri                 the engine to serve (default memory:, in memory)",
          "  --host HOST                address to listen on (default 127.0.0.1, loopback only)",
          "  --port PORT                port to listen on (default 8000; 0 picks a free port)",
          "  --data-dir DIR             keep the in-memory engine's tables in DIR across restarts",
          "                             (same as the engine URI memory:?dir=DIR)",
          "  --credentials-file FILE    require SigV4 signatures by the ACCESS_KEY:SECRET pairs in",
          "                             FILE (one per line); or set KEYSPAN_CREDENTIALS to the pairs",
          "  --credentials KEY:SECRET   the same on the command line (visible in the process list)",
          "  --region REGION            accept only signatures scoped to this region",
          "  --max-request-bytes N      largest request body accepted (default 16777216)",
          "  --max-connections N        open connections served at once (default 1000)",
          "  --header-timeout SECONDS   time for a request's headers to arrive (default 10)",
          "  --body-timeout SECONDS     time for a request's body to arrive (default 30)",
          "  --idle-timeout SECONDS     time a connection may wait for its next request (default 60)",
          "  --serve-on-io-threads      run requests on the I/O threads (less CPU per request); only",
          "                             for memory: without a data directory, which never blocks",
          "  --help                     this text",
          "",
          "Out of memory, the server exits with status 3 so that a supervisor can restart it.");

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args, System.getenv(), System.err);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      fail(System.err, e.getMessage());
      return;
    }
    if (options.help) {
      System.out.println(USAGE);
      return;
    }
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> {
          if (error instanceof OutOfMemoryError) {
            exitOutOfMemory();
          }
          error.printStackTrace();
        });
    Engine engine;
    try {
      engine = Engines.open(options.engineUri, EngineContext.systemDefault());
    } catch (IllegalArgumentException e) {
      fail(System.err, e.getMessage());
      return;
    } catch (IllegalStateException | UncheckedIOException e) {
      // The data directory is in use, corrupt or unreadable: the message names it.
      System.err.println("keyspan-server: " + e.getMessage());
      System.exit(1);
      return;
    }
    KeyspanServer server;
    try {
      KeyspanServer.Builder builder = options.configure(KeyspanServer.builder(engine));
      server = builder.onOutOfMemory(Main::exitOutOfMemory).start();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      engine.close();
      fail(System.err, e.getMessage());
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  engine.close();
                  stopped.countDown();
                },
                "keyspan-server-shutdown"));
    System.out.println(
        "Keyspan server listening on " + server.endpoint() + " (engine " + options.engineUri + ")");
    stopped.await();
  }

  /** Halts at once: under memory exhaustion a graceful shutdown could hang. */
  private static void exitOutOfMemory() {
    System.err.println(
        "keyspan-server: out of memory; exiting so that a supervisor can restart it");
    Runtime.getRuntime().halt(OUT_OF_MEMORY_STATUS);
  }

  private static void fail(PrintStream err, String message) {
    err.println("keyspan-server: " + message);
    err.println();
    err.println(USAGE);
    System.exit(2);
  }

  /** The command line and environment, parsed. */
  static final class Options {
    String host = "127.0.0.1";
    int port = 8000;
    long maxRequestBytes = KeyspanServer.DEFAULT_MAX_REQUEST_BYTES;
    int maxConnections = KeyspanServer.DEFAULT_MAX_CONNECTIONS;
    Duration headerTimeout = Duration.ofSeconds(10);
    Duration bodyTimeout = Duration.ofSeconds(30);
    Duration idleTimeout = Duration.ofSeconds(60);
    String region;
    String engineUri = "memory:";
    String dataDir;
    final Map<String, String> credentials = new LinkedHashMap<>();
    boolean serveOnIoThreads;
    boolean help;

    /** Parses; warnings (such as a secret on the command line) go to {@code err}. */
    static Options parse(String[] args, Map<String, String> environment, PrintStream err) {
      Options options = new Options();
      String fromEnvironment = environment.get(CREDENTIALS_VARIABLE);
      if (fromEnvironment != null && !fromEnvironment.isBlank()) {
        options.credentials.putAll(Credentials.parse(fromEnvironment, CREDENTIALS_VARIABLE));
      }
      boolean uriSeen = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> options.help = true;
          case "--host" -> options.host = value(args, ++i, arg);
          case "--port" -> options.port = number(value(args, ++i, arg), arg);
          case "--data-dir" -> options.dataDir = value(args, ++i, arg);
          case "--region" -> options.region = value(args, ++i, arg);
          case "--max-request-bytes" ->
              options.maxRequestBytes = number(value(args, ++i, arg), arg);
          case "--max-connections" -> options.maxConnections = number(value(args, ++i, arg), arg);
          case "--header-timeout" -> options.headerTimeout = seconds(value(args, ++i, arg), arg);
          case "--body-timeout" -> options.bodyTimeout = seconds(value(args, ++i, arg), arg);
          case "--idle-timeout" -> options.idleTimeout = seconds(value(args, ++i, arg), arg);
          case "--serve-on-io-threads" -> options.serveOnIoThreads = true;
          case "--credentials-file" -> {
            Path file = Path.of(value(args, ++i, arg));
            options.credentials.putAll(Credentials.parse(read(file), file.toString()));
          }
          case "--credentials" -> {
            err.println(
                "keyspan-server: warning: --credentials shows the secret to every user of this"
                    + " machine (in the process list); prefer "
                    + CREDENTIALS_VARIABLE
                    + " or --credentials-file");
            options.credentials.putAll(Credentials.parse(value(args, ++i, arg), arg));
          }
          default -> {
            if (arg.startsWith("-") || uriSeen) {
              throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            options.engineUri = arg;
            uriSeen = true;
          }
        }
      }
      if (options.dataDir != null) {
        options.engineUri = withDataDirectory(options.engineUri, options.dataDir);
      }
      if (options.serveOnIoThreads && !neverBlocks(options.engineUri)) {
        throw new IllegalArgumentException(
            "--serve-on-io-threads needs an engine that never waits on I/O (memory: without a data"
                + " directory); "
                + options.engineUri
                + " would stall other connections");
      }
      return options;
    }

    /** The in-memory engine keeps nothing on disk without a data directory. */
    private static boolean neverBlocks(String engineUri) {
      EngineUri uri = EngineUri.parse(engineUri);
      return uri.scheme().equals("memory") && !uri.parameters().containsKey("dir");
    }

    /** The in-memory engine's URI with the data directory as its {@code dir} parameter. */
    private static String withDataDirectory(String engineUri, String dataDir) {
      EngineUri uri = EngineUri.parse(engineUri);
      if (!uri.scheme().equals("memory")) {
        throw new IllegalArgumentException(
            "--data-dir keeps the memory: engine's data; the engine " + engineUri + " has none");
      }
      if (uri.parameters().containsKey("dir")) {
        throw new IllegalArgumentException(
            "give the data directory once: --data-dir or dir= in " + engineUri);
      }
      return engineUri
          + (engineUri.contains("?") ? "&" : "?")
          + "dir="
          + URLEncoder.encode(dataDir, StandardCharsets.UTF_8);
    }

    KeyspanServer.Builder configure(KeyspanServer.Builder builder) {
      builder
          .host(host)
          .port(port)
          .maxRequestBytes(maxRequestBytes)
          .maxConnections(maxConnections)
          .headerTimeout(headerTimeout)
          .bodyTimeout(bodyTimeout)
          .idleTimeout(idleTimeout)
          .serveOnIoThreads(serveOnIoThreads);
      credentials.forEach(builder::credentials);
      if (region != null) {
        builder.region(region);
      }
      return builder;
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the credentials file " + file + ": " + e);
      }
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }

    private static int number(String text, String option) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " takes a number, got '" + text + "'");
      }
    }

    private static Duration seconds(String text, String option) {
      return Duration.ofSeconds(number(text, option));
    }
  }
}
