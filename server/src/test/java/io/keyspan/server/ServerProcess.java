package io.keyspan.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The command-line server in a child JVM, on this test's class path. */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private ServerProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts {@link Main} with these JVM options and arguments; returns once it listens. */
  static ServerProcess start(List<String> jvmOptions, String... arguments) throws Exception {
    Process process = launch(jvmOptions, arguments);
    try {
      return new ServerProcess(process, endpointOf(process));
    } catch (Exception e) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** How a server that was expected to stop on its own ended. */
  record Exit(int status, String output) {}

  /** Runs {@link Main} with these arguments until it exits by itself (within 60 seconds). */
  static Exit run(String... arguments) throws Exception {
    Process process = launch(List.of(), arguments);
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the server did not exit: " + output);
      }
      return new Exit(process.exitValue(), output);
    } finally {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Process launch(List<String> jvmOptions, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  URI endpoint() {
    return endpoint;
  }

  Process process() {
    return process;
  }

  /** SIGKILL: the process gets no chance to flush or close anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the server's shutdown hook closes the engine. */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  /** Reads the child's output until it says where it listens; drains the rest in the background. */
  private static URI endpointOf(Process server) throws Exception {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<URI> endpoint =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  int at = line.indexOf("listening on ");
                  if (at >= 0) {
                    return URI.create(line.substring(at + "listening on ".length()).split(" ")[0]);
                  }
                }
                throw new IllegalStateException("the server exited before it listened");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    URI uri = endpoint.get(60, TimeUnit.SECONDS);
    Thread drain = new Thread(() -> output.lines().forEach(line -> {}), "drain");
    drain.setDaemon(true);
    drain.start();
    return uri;
  }
}
