package io.keyspan.server;

import io.keyspan.Keyspan;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar keyspan-server.jar [--host 127.0.0.1] [--port 8000] [--credentials KEY:SECRET]
 * [engine-uri]}: serves the engine (default {@code memory:}) until interrupted.
 */
public final class Main {
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
          "  --credentials KEY:SECRET   require SigV4 signatures by this access key (repeatable)",
          "  --max-request-bytes N      largest request body accepted (default 16777216)",
          "  --help                     this text");

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(System.err, e.getMessage());
      return;
    }
    if (options.help) {
      System.out.println(USAGE);
      return;
    }
    Keyspan keyspan;
    try {
      keyspan = Keyspan.connect(options.engineUri);
    } catch (IllegalArgumentException e) {
      fail(System.err, e.getMessage());
      return;
    }
    KeyspanServer server;
    try {
      KeyspanServer.Builder builder =
          KeyspanServer.builder(keyspan.engine())
              .host(options.host)
              .port(options.port)
              .maxRequestBytes(options.maxRequestBytes);
      options.credentials.forEach(pair -> builder.credentials(pair[0], pair[1]));
      server = builder.start();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      keyspan.close();
      fail(System.err, e.getMessage());
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      keyspan.close();
      stopped.countDown();
    }, "keyspan-server-shutdown"));
    System.out.println(
        "Keyspan server listening on " + server.endpoint() + " (engine " + options.engineUri + ")");
    stopped.await();
  }

  private static void fail(PrintStream err, String message) {
    err.println("keyspan-server: " + message);
    err.println();
    err.println(USAGE);
    System.exit(2);
  }

  /** The command line, parsed. */
  private static final class Options {
    String host = "127.0.0.1";
    int port = 8000;
    long maxRequestBytes = KeyspanServer.DEFAULT_MAX_REQUEST_BYTES;
    String engineUri = "memory:";
    final List<String[]> credentials = new ArrayList<>();
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      boolean uriSeen = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> options.help = true;
          case "--host" -> options.host = value(args, ++i, arg);
          case "--port" -> options.port = number(value(args, ++i, arg), arg);
          case "--max-request-bytes" ->
              options.maxRequestBytes = number(value(args, ++i, arg), arg);
          case "--credentials" -> {
            String pair = value(args, ++i, arg);
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
              throw new IllegalArgumentException(
                  "--credentials takes ACCESS_KEY:SECRET, got '" + pair + "'");
            }
            options.credentials.add(
                new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
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
      return options;
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
  }
}
