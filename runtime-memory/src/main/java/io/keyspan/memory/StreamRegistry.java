package io.keyspan.memory;

import io.keyspan.engine.table.StreamViewType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every stream of the engine by ARN, enabled or disabled within its retention, and the sequence
 * numbers they share (one counter, so numbers increase within each shard). Guarded by the engine's
 * lock.
 */
final class StreamRegistry {
  /** Local tables belong to no real account; the server names tables with the same placeholders. */
  private static final String ARN_PREFIX = "arn:aws:dynamodb:ddblocal:000000000000:table/";

  /** DynamoDB's stream labels are the creation time, as in {@code 2015-05-11T21:21:33.291}. */
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final TreeMap<String, TableStream> streams = new TreeMap<>();
  private long lastSequenceNumber;
  private long shardsCreated;

  StreamRegistry(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  long nextSequenceNumber() {
    return ++lastSequenceNumber;
  }

  long lastSequenceNumber() {
    return lastSequenceNumber;
  }

  long shardsCreated() {
    return shardsCreated;
  }

  /** Continues the counters of the run that wrote a data directory. */
  void restoreCounters(long lastSequenceNumber, long shardsCreated) {
    this.lastSequenceNumber = lastSequenceNumber;
    this.shardsCreated = shardsCreated;
  }

  /** Registers a stream read back from a data directory. */
  void restore(TableStream stream) {
    streams.put(stream.arn(), stream);
  }

  /** The stream with this ARN, expired or not, or null (for recovery). */
  TableStream stored(String arn) {
    return streams.get(arn);
  }

  /** Every stream of tables of this name held, expired or not, in ARN order. */
  Collection<TableStream> ofTable(String tableName) {
    String prefix = arn(tableName, "");
    return Collections.unmodifiableCollection(
        streams.subMap(prefix, prefix + Character.MAX_VALUE).values());
  }

  /** Every stream held, expired or not, in ARN order (for a snapshot). */
  Collection<TableStream> all() {
    return Collections.unmodifiableCollection(streams.values());
  }

  /**
   * A new stream for the table. Its label is the current time; a second stream of the same table in
   * the same millisecond takes the next free millisecond, so ARNs stay unique.
   */
  TableStream enable(TableSettings table, StreamViewType viewType) {
    Instant now = now();
    forgetExpired(now);
    Instant labelTime = now;
    String label = LABEL.format(labelTime);
    while (streams.containsKey(arn(table.name(), label))) {
      labelTime = labelTime.plusMillis(1);
      label = LABEL.format(labelTime);
    }
    String shardId =
        String.format(Locale.ROOT, "shardId-%020d-%08x", now.toEpochMilli(), ++shardsCreated);
    TableStream stream =
        new TableStream(
            this,
            arn(table.name(), label),
            label,
            table,
            viewType,
            now,
            shardId,
            lastSequenceNumber + 1);
    streams.put(stream.arn(), stream);
    return stream;
  }

  private static String arn(String tableName, String label) {
    return ARN_PREFIX + tableName + "/stream/" + label;
  }

  /** The stream, unless it never existed or outlived its retention. */
  Optional<TableStream> find(String arn) {
    TableStream stream = streams.get(arn);
    return stream == null || stream.expired(now()) ? Optional.empty() : Optional.of(stream);
  }

  /** The streams within retention whose ARN comes after {@code exclusiveStart}, in ARN order. */
  Stream<TableStream> after(String exclusiveStart) {
    Instant now = now();
    return (exclusiveStart == null ? streams : streams.tailMap(exclusiveStart, false))
        .values().stream().filter(stream -> !stream.expired(now));
  }

  private void forgetExpired(Instant now) {
    streams.values().removeIf(stream -> stream.expired(now));
  }
}
