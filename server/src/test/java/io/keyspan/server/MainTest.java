package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: where secrets come from, and that they are never echoed. */
class MainTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private Main.Options parse(Map<String, String> environment, String... args) {
    return Main.Options.parse(args, environment, err);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void credentialsFromTheEnvironment_needNothingOnTheCommandLine() {
    Main.Options options = parse(Map.of("KEYSPAN_CREDENTIALS", "AKID1:secret1, AKID2:se:cret2"));

    assertThat(options.credentials)
        .containsExactly("AKID1", "secret1", "AKID2", "se:cret2")
        .inOrder();
    assertThat(err()).isEmpty();
  }

  @Test
  void credentialsFromAFile_skipCommentsAndBlankLines(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("credentials");
    Files.writeString(file, "# local keys\n\nAKID1:secret1\nAKID2:secret2\n");

    Main.Options options = parse(Map.of(), "--credentials-file", file.toString());

    assertThat(options.credentials)
        .containsExactly("AKID1", "secret1", "AKID2", "secret2")
        .inOrder();
    assertThat(err()).isEmpty();
  }

  @Test
  void credentialsOnTheCommandLine_warnThatTheProcessListShowsThem() {
    Main.Options options = parse(Map.of(), "--credentials", "AKID1:secret1");

    assertThat(options.credentials).containsExactly("AKID1", "secret1");
    assertThat(err()).contains("warning: --credentials shows the secret to every user");
    assertThat(err()).doesNotContain("secret1");
  }

  @Test
  void malformedCredentials_areNeverEchoed(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("credentials");
    Files.writeString(file, "AKID1:secret1\nTOPSECRETwithoutcolon\n");

    IllegalArgumentException fromEnvironment =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of("KEYSPAN_CREDENTIALS", "AKID1:ok,TOPSECRETwithoutcolon")));
    IllegalArgumentException fromFile =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of(), "--credentials-file", file.toString()));
    IllegalArgumentException fromCommandLine =
        assertThrows(
            IllegalArgumentException.class, () -> parse(Map.of(), "--credentials", "TOPSECRET:"));

    assertThat(fromEnvironment)
        .hasMessageThat()
        .isEqualTo(
            "KEYSPAN_CREDENTIALS: entry 2 on line 1 is not ACCESS_KEY:SECRET (its value is"
                + " not shown, as it may be a secret)");
    assertThat(fromFile).hasMessageThat().startsWith(file + ": entry 1 on line 2 is not");
    assertThat(fromCommandLine).hasMessageThat().startsWith("--credentials: entry 1 on line 1");
    for (Exception e : new Exception[] {fromEnvironment, fromFile, fromCommandLine}) {
      assertThat(e).hasMessageThat().doesNotContain("TOPSECRET");
    }
  }

  @Test
  void transportOptions_reachTheServer() {
    Main.Options options =
        parse(
            Map.of(),
            "--region",
            "eu-west-1",
            "--max-connections",
            "7",
            "--header-timeout",
            "3",
            "--body-timeout",
            "4",
            "--idle-timeout",
            "5");

    assertThat(options.region).isEqualTo("eu-west-1");
    assertThat(options.maxConnections).isEqualTo(7);
    assertThat(options.headerTimeout).isEqualTo(Duration.ofSeconds(3));
    assertThat(options.bodyTimeout).isEqualTo(Duration.ofSeconds(4));
    assertThat(options.idleTimeout).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void dataDir_becomesTheMemoryEnginesDirParameter() {
    assertThat(parse(Map.of(), "--data-dir", "/var/lib/my data").engineUri)
        .isEqualTo("memory:?dir=%2Fvar%2Flib%2Fmy+data");
    assertThat(parse(Map.of(), "memory:?snapshotLogBytes=4096", "--data-dir", "d").engineUri)
        .isEqualTo("memory:?snapshotLogBytes=4096&dir=d");
  }

  @Test
  void dataDir_isRefusedForOtherEngines_andWhenTheUriNamesADirectoryToo() {
    IllegalArgumentException otherEngine =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of(), "--data-dir", "d", "dynamodb:http://127.0.0.1:8000"));
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of(), "memory:?dir=a", "--data-dir", "b"));

    assertThat(otherEngine).hasMessageThat().contains("--data-dir keeps the memory: engine's data");
    assertThat(twice).hasMessageThat().contains("give the data directory once");
  }

  @Test
  void serveOnIoThreads_isAcceptedForTheDisklessMemoryEngineOnly() {
    assertThat(parse(Map.of(), "--serve-on-io-threads").serveOnIoThreads).isTrue();
    assertThat(parse(Map.of()).serveOnIoThreads).isFalse();
    IllegalArgumentException withDataDir =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of(), "--serve-on-io-threads", "--data-dir", "d"));
    IllegalArgumentException otherEngine =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of(), "--serve-on-io-threads", "dynamodb:http://127.0.0.1:8000"));

    assertThat(withDataDir)
        .hasMessageThat()
        .contains("memory:?dir=d would stall other connections");
    assertThat(otherEngine)
        .hasMessageThat()
        .contains("--serve-on-io-threads needs an engine that never waits on I/O");
  }
}
