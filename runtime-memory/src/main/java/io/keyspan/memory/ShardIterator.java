package io.keyspan.memory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * What a shard iterator string holds: the stream, the shard, the first sequence number to read and
 * when the iterator was issued (it expires 15 minutes later, as DynamoDB's do). The string is
 * opaque to clients; a string this engine did not issue is a ValidationException.
 */
record ShardIterator(String streamArn, String shardId, long position, Instant issued) {
  private static final char SEPARATOR = '|';

  String encode() {
    String plain =
        streamArn + SEPARATOR + shardId + SEPARATOR + position + SEPARATOR + issued.toEpochMilli();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static ShardIterator decode(String encoded) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
              .split("\\|", -1);
      if (parts.length != 4) {
        throw StreamMessages.invalidIterator();
      }
      return new ShardIterator(
          parts[0],
          parts[1],
          Long.parseLong(parts[2]),
          Instant.ofEpochMilli(Long.parseLong(parts[3])));
    } catch (IllegalArgumentException e) { // bad Base64 or a bad number
      throw StreamMessages.invalidIterator();
    }
  }
}
