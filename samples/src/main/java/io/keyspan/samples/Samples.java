package io.keyspan.samples;

import io.keyspan.Keyspan;
import io.keyspan.samples.library.LibraryTour;
import io.keyspan.samples.shop.ShopTour;
import io.keyspan.samples.users.GettingStarted;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs every walk-through on one engine: the embedded in-memory engine, or the one named by {@code
 * --engine <uri>} (for example {@code dynamodb:http://127.0.0.1:8000}). Each walk-through creates
 * its tables and deletes them at the end.
 */
public final class Samples {
  static final String USAGE =
      "usage: Samples [--engine <uri>]   (default memory:; e.g. dynamodb:http://127.0.0.1:8000)";

  private Samples() {}

  public static void main(String[] args) {
    String engine;
    try {
      engine = engineUri(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    run(engine, System.out);
  }

  /** Runs the walk-throughs on the engine at {@code engineUri}, printing to {@code out}. */
  public static void run(String engineUri, PrintStream out) {
    try (Keyspan db = Keyspan.connect(engineUri)) {
      out.println("Keyspan samples on " + engineUri);
      run(db, out);
    }
  }

  /** Runs the walk-throughs on the engine of {@code db}, printing to {@code out}. */
  public static void run(Keyspan db, PrintStream out) {
    new GettingStarted(db, out).run();
    new ShopTour(db, out).run();
    new LibraryTour(db, out).run();
  }

  /** {@code memory:} unless the arguments are {@code --engine <uri>} or {@code --engine=<uri>}. */
  static String engineUri(List<String> args) {
    if (args.isEmpty()) {
      return "memory:";
    }
    if (args.size() == 2 && args.get(0).equals("--engine")) {
      return args.get(1);
    }
    if (args.size() == 1 && args.get(0).startsWith("--engine=")) {
      return args.get(0).substring("--engine=".length());
    }
    throw new IllegalArgumentException("unexpected arguments: " + String.join(" ", args));
  }
}
