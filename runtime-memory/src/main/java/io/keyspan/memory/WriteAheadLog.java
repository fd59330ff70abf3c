package io.keyspan.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An append-only log of framed records ({@link LogRecordFormat}). {@link #append} hands a record to
 * the operating system; {@link #force} makes every record appended so far survive a crash, so one
 * force can cover many appends (group commit, {@link GroupCommitLog}). On open, a torn last record
 * (a crash mid-append) is detected by its length or checksum, dropped with a warning, and cut off
 * so later appends follow the last whole record; every record before it is kept.
 */
final class WriteAheadLog implements AutoCloseable {
  private static final System.Logger LOGGER = System.getLogger(WriteAheadLog.class.getName());

  private final FileChannel channel;
  private final List<byte[]> recovered;

  private WriteAheadLog(FileChannel channel, List<byte[]> recovered) {
    this.channel = channel;
    this.recovered = recovered;
  }

  /** Opens (or creates) the log at {@code file}, reading the records it already holds. */
  static WriteAheadLog open(Path file) {
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(file));
      List<byte[]> records = new ArrayList<>();
      for (Optional<byte[]> next = LogRecordFormat.next(content);
          next.isPresent();
          next = LogRecordFormat.next(content)) {
        records.add(next.get());
      }
      if (content.hasRemaining()) {
        LOGGER.log(
            System.Logger.Level.WARNING,
            "Dropping a torn last record of {0} bytes at offset {1} of {2}",
            content.remaining(),
            content.position(),
            file);
        channel.truncate(content.position());
        channel.force(true);
      }
      channel.position(content.position());
      return new WriteAheadLog(channel, List.copyOf(records));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the write-ahead log " + file, e);
    }
  }

  /** The payloads the log held when it was opened, oldest first. */
  List<byte[]> recovered() {
    return recovered;
  }

  /** Appends one record; it is durable once a later {@link #force} returns. */
  synchronized void append(byte[] payload) {
    try {
      LogRecordFormat.write(channel, payload);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the write-ahead log", e);
    }
  }

  /**
   * Forces every appended record to the device. Not synchronized: appends may go on meanwhile (a
   * force covers at least what was appended before it began).
   */
  void force() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot force the write-ahead log to the device", e);
    }
  }

  /** The log's length in bytes. */
  synchronized long size() {
    try {
      return channel.position();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the write-ahead log's length", e);
    }
  }

  /** Empties the log, once a snapshot holds everything it recorded. */
  synchronized void truncate() {
    try {
      channel.truncate(0);
      channel.position(0);
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot truncate the write-ahead log", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (channel.isOpen()) {
        channel.force(false);
      }
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the write-ahead log", e);
    }
  }
}
