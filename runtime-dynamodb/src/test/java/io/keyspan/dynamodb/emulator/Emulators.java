package io.keyspan.dynamodb.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two emulators of (runtime-dynamodb/EMULATORS.md), started once per test JVM on first use and
 * stopped when it exits (a shutdown hook, so no process outlives the build): dynalite 4.0.0,
 * installed from npm into the build folder, and moto 5.2.1's server from the machine's Python. A
 * missing emulator fails the tests that need it, with the reason; nothing is skipped.
 *
 * <p>Other modules' tests (the samples) use it through this module's test-jar.
 */
public final class Emulators {
  public static final String DYNALITE_VERSION = "4.0.0";

  private static final Path WORK =
      Paths.get(System.getProperty("keyspan.build.directory", "target"))
          .toAbsolutePath()
          .resolve("emulators");
  private static Emulator dynalite;
  private static Emulator moto;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Emulators::stopAll, "stop-emulators"));
  }

  private Emulators() {}

  public static synchronized Emulator dynalite() {
    if (dynalite == null) {
      Path cli = installDynalite();
      dynalite =
          Emulator.start(
              "dynalite",
              List.of(
                  "node",
                  cli.toString(),
                  "--host",
                  "127.0.0.1",
                  "--port",
                  "{port}",
                  "--createTableMs",
                  "0",
                  "--deleteTableMs",
                  "0",
                  "--updateTableMs",
                  "0"),
              WORK);
    }
    return dynalite;
  }

  public static synchronized Emulator moto() {
    if (moto == null) {
      run(
          List.of(
              "python3",
              "-c",
              "import moto, sys; sys.exit(0 if moto.__version__.startswith('5.') else 3)"),
          "moto 5 is not importable by python3; the transaction tests need the moto server (pip package moto[server] 5.2.1)");
      moto =
          Emulator.start(
              "moto",
              List.of("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", "{port}"),
              WORK);
    }
    return moto;
  }

  /** Installs dynalite with npm into the build folder, once; returns its command-line script. */
  private static Path installDynalite() {
    Path folder = WORK.resolve("dynalite-" + DYNALITE_VERSION);
    Path cli = folder.resolve("node_modules/dynalite/cli.js");
    if (!Files.isRegularFile(cli)) {
      run(
          List.of(
              "npm",
              "install",
              "--prefix",
              folder.toString(),
              "--no-audit",
              "--no-fund",
              "--loglevel=error",
              "dynalite@" + DYNALITE_VERSION),
          "npm could not install dynalite@"
              + DYNALITE_VERSION
              + " (needs Node.js 20 and the npm registry)");
    }
    return cli;
  }

  private static void run(List<String> command, String failure) {
    try {
      Files.createDirectories(WORK);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(failure + ". Command " + command + " said:\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          failure + ". Command " + command + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(failure, e);
    }
  }

  private static synchronized void stopAll() {
    if (dynalite != null) {
      dynalite.close();
    }
    if (moto != null) {
      moto.close();
    }
  }
}
