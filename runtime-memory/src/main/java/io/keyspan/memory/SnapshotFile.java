package io.keyspan.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A snapshot: one framed record ({@link LogRecordFormat}) in a file that is replaced atomically. It
 * is written to a temporary file beside it, forced to the device, then renamed over the old one, so
 * a crash leaves either the old snapshot or the new one, never half of one. A snapshot that fails
 * its checksum is an error naming the file, never an empty database.
 */
final class SnapshotFile {
  private final Path file;

  SnapshotFile(Path file) {
    this.file = file;
  }

  /** The snapshot's payload, or empty when no snapshot was ever written. */
  Optional<byte[]> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(file));
      Optional<byte[]> payload = LogRecordFormat.next(content);
      if (payload.isEmpty() || content.hasRemaining()) {
        throw new IllegalStateException(
            "The snapshot " + file + " is corrupt (its length or checksum does not match)");
      }
      return payload;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the snapshot " + file, e);
    }
  }

  /** Replaces the snapshot with {@code payload}, atomically and durably. */
  void write(byte[] payload) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        LogRecordFormat.write(channel, payload);
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the snapshot " + file, e);
    }
  }
}
