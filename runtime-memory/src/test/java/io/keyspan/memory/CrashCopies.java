package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A crash of a data directory's engine, simulated by copying the directory's files while the engine
 * is open (every acknowledged write has been forced to them) into a new directory.
 */
final class CrashCopies {
  private final Path root;
  private int copies;

  CrashCopies(Path root) {
    this.root = root;
  }

  /** The directory's files as a crash at this moment would leave them, in a new directory. */
  Path of(Path directory) throws IOException {
    Path copy = root.resolve("crash-" + copies++);
    Files.createDirectories(copy);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        if (!file.getFileName().toString().equals("lock")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    return copy;
  }

  /** A crash copy whose log lost its last {@code bytes} bytes, as a crash mid-append leaves it. */
  Path withTornLog(Path directory, int bytes) throws IOException {
    Path copy = of(directory);
    List<Path> logs = logsIn(copy);
    assertThat(logs).hasSize(1);
    byte[] content = Files.readAllBytes(logs.get(0));
    Files.write(logs.get(0), Arrays.copyOf(content, content.length - bytes));
    return copy;
  }

  /** The log files of a data directory, in name (generation) order. */
  static List<Path> logsIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("log-"))
          .sorted()
          .toList();
    }
  }
}
