package io.keyspan.dynamodb.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB emulator running as a child process on a free loopback port. It is started once,
 * waited for until it accepts connections, and stopped with its whole process tree.
 */
public final class Emulator implements AutoCloseable {
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private Emulator(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code command} (in which {@code {port}} stands for the chosen port) and waits until the
   * port accepts connections. Fails loudly, with the emulator's output, when it does not.
   */
  static Emulator start(String name, List<String> command, Path workDirectory) {
    int port = freePort();
    List<String> resolved = new ArrayList<>();
    command.forEach(part -> resolved.add(part.replace("{port}", Integer.toString(port))));
    Path log = workDirectory.resolve(name + ".log");
    Process process;
    try {
      Files.createDirectories(workDirectory);
      process =
          new ProcessBuilder(resolved)
              .directory(workDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot start the " + name + " emulator with " + resolved + ": " + e.getMessage(), e);
    }
    Emulator emulator = new Emulator(name, process, port, log);
    emulator.awaitListening(resolved);
    return emulator;
  }

  private void awaitListening(List<String> command) {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The "
                + name
                + " emulator exited with code "
                + process.exitValue()
                + " at start-up ("
                + command
                + "). Its output:\n"
                + output());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    close();
    throw new IllegalStateException(
        "The "
            + name
            + " emulator did not listen on 127.0.0.1:"
            + port
            + " within "
            + STARTUP_TIMEOUT
            + " ("
            + command
            + "). Its output:\n"
            + output());
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * The engine URI of this emulator, as an application would write it: {@code
   * dynamodb:http://127.0.0.1:port}.
   */
  public String engineUri() {
    return "dynamodb:" + endpoint();
  }

  /** A client for this emulator: any region and placeholder credentials, requests signed. */
  public DynamoDbClient client() {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Stops the emulator and every process it started. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free loopback port", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + " at " + endpoint();
  }
}
