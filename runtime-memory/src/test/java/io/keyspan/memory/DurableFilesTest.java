package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead log, snapshot file and directory lock that durable storage is built from. */
class DurableFilesTest {
  @TempDir Path directory;

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static List<String> texts(List<byte[]> payloads) {
    return payloads.stream().map(payload -> new String(payload, UTF_8)).toList();
  }

  @Test
  void logRecordsRoundTripAcrossReopen_andAppendsFollowThem() {
    Path file = directory.resolve("wal");
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(log.recovered()).isEmpty();
      log.append(bytes("one"));
      log.append(bytes(""));
      log.append(bytes("three"));
    }
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(texts(log.recovered())).containsExactly("one", "", "three").inOrder();
      log.append(bytes("four"));
    }
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(texts(log.recovered())).containsExactly("one", "", "three", "four").inOrder();
    }
  }

  @Test
  void tornLastRecordIsDropped_everyRecordBeforeItKept_andTheNextAppendFollowsThem()
      throws IOException {
    Path file = directory.resolve("wal");
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      log.append(bytes("kept"));
      log.append(bytes("torn record"));
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 3));
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(texts(log.recovered())).containsExactly("kept");
      log.append(bytes("after"));
    }
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(texts(log.recovered())).containsExactly("kept", "after").inOrder();
    }
  }

  @Test
  void lastRecordWithWrongChecksumIsDropped() throws IOException {
    Path file = directory.resolve("wal");
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      log.append(bytes("kept"));
      log.append(bytes("flipped"));
    }
    byte[] content = Files.readAllBytes(file);
    content[content.length - 1] ^= 1;
    Files.write(file, content);
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(texts(log.recovered())).containsExactly("kept");
    }
  }

  @Test
  void truncatedLogRecoversNothing() {
    Path file = directory.resolve("wal");
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      log.append(bytes("snapshotted"));
      log.truncate();
      log.append(bytes("later"));
    }
    try (WriteAheadLog log = WriteAheadLog.open(file)) {
      assertThat(texts(log.recovered())).containsExactly("later");
    }
  }

  @Test
  void snapshotIsAbsentUntilWritten_thenReplacedWhole() {
    SnapshotFile snapshot = new SnapshotFile(directory.resolve("snapshot"));
    assertThat(snapshot.read()).isEmpty();
    snapshot.write(bytes("first"));
    snapshot.write(bytes("second"));
    assertThat(new String(snapshot.read().orElseThrow(), UTF_8)).isEqualTo("second");
    assertThat(Files.exists(directory.resolve("snapshot.tmp"))).isFalse();
  }

  @Test
  void corruptSnapshotIsAnErrorNamingTheFile() throws IOException {
    Path file = directory.resolve("snapshot");
    new SnapshotFile(file).write(bytes("tables and items"));
    byte[] content = Files.readAllBytes(file);
    content[content.length - 1] ^= 1;
    Files.write(file, content);
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> new SnapshotFile(file).read());
    assertThat(error).hasMessageThat().contains(file.toString());
    assertThat(error).hasMessageThat().contains("corrupt");
  }

  @Test
  void truncatedSnapshotIsAnErrorNamingTheFile() throws IOException {
    Path file = directory.resolve("snapshot");
    new SnapshotFile(file).write(bytes("tables and items"));
    Files.write(file, new byte[] {0, 0}, StandardOpenOption.TRUNCATE_EXISTING);
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> new SnapshotFile(file).read());
    assertThat(error).hasMessageThat().contains(file.toString());
  }

  @Test
  void secondOwnerOfADirectoryIsRefusedNamingIt_untilTheFirstReleasesIt() {
    Path data = directory.resolve("data");
    try (DirectoryLock first = DirectoryLock.acquire(data)) {
      IllegalStateException error =
          assertThrows(IllegalStateException.class, () -> DirectoryLock.acquire(data));
      assertThat(error).hasMessageThat().contains(data.toString());
      assertThat(error).hasMessageThat().contains("in use");
    }
    try (DirectoryLock again = DirectoryLock.acquire(data)) {
      assertThat(Files.exists(data.resolve("lock"))).isTrue();
    }
  }
}
