package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit's tickets, log rotation, and what happens once the log has failed. */
class GroupCommitLogTest {
  @TempDir Path directory;

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  @Test
  void ticketsCountTheFramedBytes_andEachCoversTheRecordsBeforeIt() {
    GroupCommitLog log = new GroupCommitLog(WriteAheadLog.open(directory.resolve("log-1")));
    long first = log.append(bytes("one"));
    long second = log.append(bytes("three"));
    assertThat(first).isEqualTo(LogRecordFormat.HEADER_BYTES + 3);
    assertThat(second).isEqualTo(first + LogRecordFormat.HEADER_BYTES + 5);
    assertThat(log.appended()).isEqualTo(second);
    log.awaitDurable(second);
    log.awaitDurable(first); // already covered: returns at once
    log.close();
    try (WriteAheadLog reopened = WriteAheadLog.open(directory.resolve("log-1"))) {
      assertThat(reopened.recovered()).hasSize(2);
    }
  }

  @Test
  void rotation_continuesInTheNextLog_andTicketsKeepGrowing() {
    GroupCommitLog log = new GroupCommitLog(WriteAheadLog.open(directory.resolve("log-1")));
    long before = log.append(bytes("before"));
    log.rotate(WriteAheadLog.open(directory.resolve("log-2")));
    log.awaitDurable(before);
    long after = log.append(bytes("after"));
    assertThat(after).isGreaterThan(before);
    log.awaitDurable(after);
    log.close();
    try (WriteAheadLog second = WriteAheadLog.open(directory.resolve("log-2"))) {
      assertThat(second.recovered()).hasSize(1);
      assertThat(new String(second.recovered().get(0), UTF_8)).isEqualTo("after");
    }
  }

  @Test
  void afterAFailedAppend_noWriteIsAcknowledgedAgain() {
    WriteAheadLog file = WriteAheadLog.open(directory.resolve("log-1"));
    GroupCommitLog log = new GroupCommitLog(file);
    long acknowledged = log.append(bytes("kept"));
    file.close(); // the device goes away
    assertThrows(UncheckedIOException.class, () -> log.append(bytes("lost")));
    IllegalStateException later =
        assertThrows(IllegalStateException.class, () -> log.append(bytes("later")));
    assertThat(later).hasMessageThat().contains("The write-ahead log failed earlier");
    assertThrows(IllegalStateException.class, () -> log.awaitDurable(acknowledged));
  }
}
