package io.keyspan.repository.changes;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How far a consumer has read a table's change feed: for each shard it took changes from, the
 * sequence number of the last one. Resuming reads each named shard after that number
 * (AFTER_SEQUENCE_NUMBER) and every other shard from its beginning, so nothing retained is missed
 * and a change handled before the checkpoint is not delivered again.
 *
 * <p>Its string form is stable, small and ASCII, for a consumer to store anywhere: {@code 1} (the
 * format version), then one {@code ;streamLabel/shardId=sequenceNumber} per shard, sorted. Shards
 * that left the stream (trimmed after 24 hours) drop out of later checkpoints.
 */
public final class Checkpoint implements StartingPosition {
  /** No change handled yet: every shard from its beginning, as {@link ChangeStart#TRIM_HORIZON}. */
  public static final Checkpoint EMPTY = new Checkpoint(new TreeMap<>());

  private static final String VERSION = "1";
  private static final Pattern NAME = Pattern.compile("[^;/=\\s]+");
  private static final Pattern SEQUENCE_NUMBER = Pattern.compile("[0-9]{1,40}");

  // shard -> sequence number of the last change handled in it
  private final SortedMap<ShardName, String> sequenceNumbers;

  private Checkpoint(SortedMap<ShardName, String> sequenceNumbers) {
    this.sequenceNumbers = Collections.unmodifiableSortedMap(sequenceNumbers);
  }

  /**
   * The checkpoint a string from {@link #toString()} stands for.
   *
   * @throws IllegalArgumentException when the text is not such a string
   */
  public static Checkpoint parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.split(";", -1);
    if (!parts[0].equals(VERSION)) {
      throw malformed(text, "it does not start with the format version " + VERSION);
    }
    SortedMap<ShardName, String> sequenceNumbers = new TreeMap<>();
    for (int i = 1; i < parts.length; i++) {
      String entry = parts[i];
      int slash = entry.indexOf('/');
      int equals = entry.indexOf('=');
      if (slash < 0 || equals < slash) {
        throw malformed(
            text, "the entry '" + entry + "' is not streamLabel/shardId=sequenceNumber");
      }
      String label = entry.substring(0, slash);
      String shardId = entry.substring(slash + 1, equals);
      String sequenceNumber = entry.substring(equals + 1);
      if (!NAME.matcher(label).matches()
          || !NAME.matcher(shardId).matches()
          || !SEQUENCE_NUMBER.matcher(sequenceNumber).matches()) {
        throw malformed(
            text, "the entry '" + entry + "' is not streamLabel/shardId=sequenceNumber");
      }
      if (sequenceNumbers.put(new ShardName(label, shardId), sequenceNumber) != null) {
        throw malformed(text, "the shard " + label + '/' + shardId + " appears twice");
      }
    }
    return new Checkpoint(sequenceNumbers);
  }

  private static IllegalArgumentException malformed(String text, String reason) {
    return new IllegalArgumentException(
        "Not a change-feed checkpoint: '"
            + text
            + "': "
            + reason
            + " (expected 1;streamLabel/shardId=sequenceNumber;...)");
  }

  /** The sequence number of the last change handled in this shard, if any. */
  public Optional<String> sequenceNumber(String streamLabel, String shardId) {
    return Optional.ofNullable(sequenceNumbers.get(new ShardName(streamLabel, shardId)));
  }

  /** The sequence number of the last change handled in this shard; null if none. */
  String sequenceNumber(ShardName shard) {
    return sequenceNumbers.get(shard);
  }

  /** Whether no change was handled yet. */
  public boolean isEmpty() {
    return sequenceNumbers.isEmpty();
  }

  /** This checkpoint with the shards' positions; a null sequence number leaves a shard out. */
  static Checkpoint of(Map<ShardName, String> positions) {
    SortedMap<ShardName, String> sequenceNumbers = new TreeMap<>();
    positions.forEach(
        (shard, sequenceNumber) -> {
          if (sequenceNumber != null) {
            sequenceNumbers.put(shard, sequenceNumber);
          }
        });
    return new Checkpoint(sequenceNumbers);
  }

  /** A shard of one of the table's streams, as checkpoints name it. */
  record ShardName(String streamLabel, String shardId) implements Comparable<ShardName> {
    ShardName {
      if (!NAME.matcher(streamLabel).matches() || !NAME.matcher(shardId).matches()) {
        throw new IllegalStateException(
            "A stream label or shard id a checkpoint cannot hold: " + streamLabel + ", " + shardId);
      }
    }

    @Override
    public int compareTo(ShardName other) {
      return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
      return streamLabel + '/' + shardId;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint that && sequenceNumbers.equals(that.sequenceNumbers);
  }

  @Override
  public int hashCode() {
    return sequenceNumbers.hashCode();
  }

  /** The stable string form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(VERSION);
    sequenceNumbers.forEach(
        (shard, sequenceNumber) ->
            text.append(';').append(shard).append('=').append(sequenceNumber));
    return text.toString();
  }
}
