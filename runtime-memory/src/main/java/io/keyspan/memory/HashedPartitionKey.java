package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.nio.charset.StandardCharsets;

/**
 * A partition-key value and its stable hash. Partitions are ordered by the hash first, as DynamoDB
 * orders a scan by a hash of the partition key (Developer Guide Query), so scans come out in a
 * deterministic order that is not the key order, and a parallel-scan segment is a contiguous hash
 * range.
 */
record HashedPartitionKey(int hash, AttributeValue value)
    implements Comparable<HashedPartitionKey> {

  static HashedPartitionKey of(AttributeValue value) {
    return new HashedPartitionKey(hash(value), value);
  }

  /** A bound that sorts before every partition whose unsigned hash is at least {@code hash}. */
  static HashedPartitionKey lowerBound(long hash) {
    return new HashedPartitionKey((int) hash, null);
  }

  /** The hash as an unsigned 32-bit number. */
  long unsignedHash() {
    return Integer.toUnsignedLong(hash);
  }

  @Override
  public int compareTo(HashedPartitionKey other) {
    int byHash = Integer.compareUnsigned(hash, other.hash);
    if (byHash != 0) {
      return byHash;
    }
    if (value == null || other.value == null) {
      return value == null ? (other.value == null ? 0 : -1) : 1;
    }
    return KeyOrder.compare(value, other.value);
  }

  /**
   * FNV-1a over the value's canonical bytes, finished with the MurmurHash3 mixer: deterministic
   * across runs and JVMs, and equal for numerically equal numbers (N values are normalised). The L
   * value of a multi-attribute partition key hashes its parts in order, each with its type and
   * length, so that ("ab", "c") and ("a", "bc") differ.
   */
  static int hash(AttributeValue value) {
    long h = 0xcbf29ce484222325L;
    if (value instanceof AttributeValue.L list) {
      for (AttributeValue part : list.values()) {
        h = mix(h, part, true);
      }
    } else {
      h = mix(h, value, false);
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (h >>> 32);
  }

  private static long mix(long h, AttributeValue value, boolean delimited) {
    if (value instanceof AttributeValue.S s && isAscii(s.value())) {
      // Every lookup hashes its key: an ASCII string is its own UTF-8, so no bytes are made.
      String text = s.value();
      h ^= value.type().ordinal();
      if (delimited) {
        h = length(h, text.length());
      }
      for (int i = 0; i < text.length(); i++) {
        h = step(h, text.charAt(i));
      }
      return h;
    }
    byte[] bytes;
    if (value instanceof AttributeValue.S s) {
      bytes = s.value().getBytes(StandardCharsets.UTF_8);
    } else if (value instanceof AttributeValue.N n) {
      bytes = n.text().getBytes(StandardCharsets.US_ASCII);
    } else {
      bytes = ((AttributeValue.B) value).value().toArray();
    }
    h ^= value.type().ordinal();
    if (delimited) {
      h = length(h, bytes.length);
    }
    for (byte b : bytes) {
      h = step(h, b);
    }
    return h;
  }

  private static long length(long h, int length) {
    h = step(h, length);
    h = step(h, length >>> 8);
    return step(h, length >>> 16);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static long step(long h, int octet) {
    return (h ^ (octet & 0xff)) * 0x100000001b3L;
  }
}
