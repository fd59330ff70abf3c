package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-process clients open no socket. Proven in a fresh JVM ({@link NoNetworkProbe}) where every
 * way to a socket is refused and recorded: {@code java.net} sockets through their factories, NIO
 * channels and selectors through the JVM-wide {@code SelectorProvider}. A fresh JVM because both
 * hooks can be set only once per JVM, and because this test JVM may use sockets elsewhere. A
 * control run opens sockets on purpose, to show the guard would catch them.
 */
class NoSocketTest {

  private static Result probe(String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.nio.channels.spi.SelectorProvider="
                    + RefusingSelectorProvider.class.getName(),
                NoNetworkProbe.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private record Result(int exitCode, String output) {}

  @Test
  void theInProcessClients_openNoSocket() throws Exception {
    Result result = probe();

    assertThat(result.output()).contains("no socket attempts");
    assertThat(result.exitCode()).isEqualTo(0);
  }

  @Test
  void theGuard_catchesSocketsAndChannels() throws Exception {
    Result result = probe("control");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("socket attempts: [Socket, SocketChannel]");
  }
}
