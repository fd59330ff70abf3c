package io.keyspan.memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * One framed record of the write-ahead log and of a snapshot file: a 4-byte big-endian payload
 * length, the 4-byte big-endian CRC32C of the payload, then the payload. The frame is stable: a
 * later version reads every file an earlier one wrote.
 */
final class LogRecordFormat {
  static final int HEADER_BYTES = 8;

  private LogRecordFormat() {}

  /** Writes {@code payload} as one framed record at the channel's position. */
  static void write(FileChannel channel, byte[] payload) throws IOException {
    ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
    frame.putInt(payload.length).putInt(checksum(payload)).put(payload).flip();
    while (frame.hasRemaining()) {
      channel.write(frame);
    }
  }

  /**
   * The payload of the record at the buffer's position, advancing past it; empty when the rest of
   * the buffer is not a whole record whose checksum matches (a torn or damaged record).
   */
  static Optional<byte[]> next(ByteBuffer buffer) {
    if (buffer.remaining() < HEADER_BYTES) {
      return Optional.empty();
    }
    int start = buffer.position();
    int length = buffer.getInt();
    int expected = buffer.getInt();
    if (length < 0 || length > buffer.remaining()) {
      buffer.position(start);
      return Optional.empty();
    }
    byte[] payload = new byte[length];
    buffer.get(payload);
    if (checksum(payload) != expected) {
      buffer.position(start);
      return Optional.empty();
    }
    return Optional.of(payload);
  }

  private static int checksum(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    return (int) crc.getValue();
  }
}
