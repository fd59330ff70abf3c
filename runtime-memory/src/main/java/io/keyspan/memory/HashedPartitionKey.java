package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
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
    return Values.compare(value, other.value);
  }

  /**
   * FNV-1a over the value's canonical bytes, finished with the MurmurHash3 mixer: deterministic
   * across runs and JVMs, and equal for numerically equal numbers (N values are normalised).
   */
  static int hash(AttributeValue value) {
    byte[] bytes;
    if (value instanceof AttributeValue.S s) {
      bytes = s.value().getBytes(StandardCharsets.UTF_8);
    } else if (value instanceof AttributeValue.N n) {
      bytes = n.text().getBytes(StandardCharsets.US_ASCII);
    } else {
      bytes = ((AttributeValue.B) value).value().toArray();
    }
    long h = 0xcbf29ce484222325L ^ value.type().ordinal();
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (h >>> 32);
  }
}
