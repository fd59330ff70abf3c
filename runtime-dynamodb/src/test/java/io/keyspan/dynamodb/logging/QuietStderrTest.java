package io.keyspan.dynamodb.logging;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.Keyspan;
import io.keyspan.server.KeyspanServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK engine prints nothing to stderr by itself, and a logging provider the application
 * adds is the one the SDK logs to. Each case runs {@link PlainProgram} in a fresh JVM (SLF4J
 * initialises once per JVM) against Keyspan's server.
 */
class QuietStderrTest {
  /**
   * slf4j-simple, copied here by the build (pom.xml), is never on this module's test class path.
   */
  private static final Path PROVIDER_JAR =
      Paths.get(
          System.getProperty("keyspan.build.directory", "target"),
          "logging-provider",
          "slf4j-simple.jar");

  private static Keyspan memory;
  private static KeyspanServer server;

  @BeforeAll
  static void startServer() {
    memory = Keyspan.inMemory();
    server = KeyspanServer.start(memory.engine(), 0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
    memory.close();
  }

  @Test
  void withoutALoggingProvider_theEnginePrintsNothingToStderr() throws Exception {
    Run run = runPlainProgram(System.getProperty("java.class.path"));

    assertWithMessage("stderr of the plain program").that(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("tables: []\nlogging: org.slf4j.helpers.NOPLoggerFactory\n");
    assertThat(run.exitCode()).isEqualTo(0);
  }

  @Test
  void withALoggingProvider_theSdkLogsToIt() throws Exception {
    assertWithMessage("the build copies slf4j-simple to " + PROVIDER_JAR)
        .that(Files.isRegularFile(PROVIDER_JAR))
        .isTrue();

    Run run =
        runPlainProgram(System.getProperty("java.class.path") + File.pathSeparator + PROVIDER_JAR);

    assertThat(run.stdout())
        .isEqualTo("tables: []\nlogging: org.slf4j.simple.SimpleLoggerFactory\n");
    assertWithMessage("stderr of the program with slf4j-simple").that(run.stderr()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(0);
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run runPlainProgram(String classPath) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path stdout = Files.createTempFile("plain-program", ".out");
    Path stderr = Files.createTempFile("plain-program", ".err");
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-cp",
                      classPath,
                      PlainProgram.class.getName(),
                      server.endpoint().toString()))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the plain program did not finish within 2 minutes");
      }
      return new Run(
          process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
