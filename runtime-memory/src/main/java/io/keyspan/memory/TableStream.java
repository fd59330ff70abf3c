package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.Shard;
import io.keyspan.engine.stream.StreamStatus;
import io.keyspan.engine.stream.StreamSummary;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One stream of one table, from the UpdateTable or CreateTable that enabled it: its single shard's
 * records in commit order, and whether it is still enabled. Records older than 24 hours by the
 * engine's clock are trimmed; a disabled stream stays readable for 24 hours after it was disabled
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html).
 *
 * <p>DynamoDB splits a stream into many shards, one or more per partition, closes them about every
 * four hours and opens children that name them as parents; consumers follow {@code ParentShardId}.
 * A local engine has one partition, so this stream keeps one shard for its whole life, closed when
 * the stream is disabled. Not thread-safe: the engine's lock guards it.
 */
final class TableStream {
  static final Duration RETENTION = Duration.ofHours(24);

  private final StreamRegistry registry;
  private final String arn;
  private final String label;
  private final TableSettings table;
  private final StreamViewType viewType;
  private final Instant created;
  private final String shardId;
  private final long startingSequenceNumber;
  private final List<ChangeRecord> records = new ArrayList<>();
  private final List<Long> sequenceNumbers = new ArrayList<>();
  private long lastTrimmed;
  private Instant disabled;

  TableStream(
      StreamRegistry registry,
      String arn,
      String label,
      TableSettings table,
      StreamViewType viewType,
      Instant created,
      String shardId,
      long startingSequenceNumber) {
    this.registry = registry;
    this.arn = arn;
    this.label = label;
    this.table = table;
    this.viewType = viewType;
    this.created = created;
    this.shardId = shardId;
    this.startingSequenceNumber = startingSequenceNumber;
    this.lastTrimmed = startingSequenceNumber - 1;
  }

  String arn() {
    return arn;
  }

  String label() {
    return label;
  }

  String tableName() {
    return table.name();
  }

  List<KeySchemaElement> keySchema() {
    return table.keySchema();
  }

  /** The table's settings when the stream was enabled: its key schema names the records' keys. */
  TableSettings table() {
    return table;
  }

  StreamViewType viewType() {
    return viewType;
  }

  Instant created() {
    return created;
  }

  String shardId() {
    return shardId;
  }

  boolean enabled() {
    return disabled == null;
  }

  StreamSummary summary() {
    return new StreamSummary(arn, table.name(), label);
  }

  StreamStatus status() {
    return enabled() ? StreamStatus.ENABLED : StreamStatus.DISABLED;
  }

  /** When the stream was disabled, or null while it is enabled. */
  Instant disabledAt() {
    return disabled;
  }

  /**
   * Counts every record up to {@code sequenceNumber} as trimmed: a stream read from a data
   * directory of format version 1, which kept no records, and readers asking for them are told so.
   */
  void trimmedThrough(long sequenceNumber) {
    if (records.isEmpty()) {
      lastTrimmed = Math.max(lastTrimmed, sequenceNumber);
    }
  }

  /** The highest sequence number trimmed so far, whatever the clock says now (for a snapshot). */
  long lastTrimmed() {
    return lastTrimmed;
  }

  /** Every record held, trimmed or not yet, in sequence-number order (for a snapshot). */
  List<ChangeRecord> records() {
    return Collections.unmodifiableList(records);
  }

  /**
   * Puts back a record read from a data directory, without touching the sequence-number counter
   * (the log or snapshot restores that): recovery never makes a record.
   */
  void restore(ChangeRecord record) {
    records.add(record);
    sequenceNumbers.add(Long.parseLong(record.sequenceNumber()));
  }

  /** Puts back the trim point a snapshot kept. */
  void restoreTrimmed(long sequenceNumber) {
    lastTrimmed = sequenceNumber;
  }

  /** Closes the stream: no more records; readable for 24 hours more. */
  void disable(Instant now) {
    disabled = now;
  }

  /** Whether the stream has outlived its retention after being disabled. */
  boolean expired(Instant now) {
    return disabled != null && !disabled.plus(RETENTION).isAfter(now);
  }

  Shard shard() {
    long last =
        sequenceNumbers.isEmpty() ? lastTrimmed : sequenceNumbers.get(sequenceNumbers.size() - 1);
    return new Shard(
        shardId,
        null,
        format(startingSequenceNumber),
        enabled() ? null : format(Math.max(last, startingSequenceNumber)));
  }

  /**
   * Records one item's change. A write that leaves the item as it was (a put of an identical item,
   * an update that sets the values already stored) writes no record: "If you perform a PutItem or
   * UpdateItem operation that does not change any data in an item, DynamoDB Streams does not write
   * a stream record for that operation."
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html)
   *
   * @return the record written, or null when there was none
   */
  ChangeRecord record(
      Map<String, AttributeValue> old, Map<String, AttributeValue> item, UserIdentity identity) {
    if (java.util.Objects.equals(old, item)) {
      return null;
    }
    Instant now = registry.now();
    long sequenceNumber = registry.nextSequenceNumber();
    trim(now);
    EventName event =
        old == null ? EventName.INSERT : item == null ? EventName.REMOVE : EventName.MODIFY;
    Map<String, AttributeValue> keys = keys(item == null ? old : item);
    Map<String, AttributeValue> oldImage = viewType.hasOldImage() ? old : null;
    Map<String, AttributeValue> newImage = viewType.hasNewImage() ? item : null;
    long size =
        ItemSize.of(keys)
            + (oldImage == null ? 0 : ItemSize.of(oldImage))
            + (newImage == null ? 0 : ItemSize.of(newImage));
    String number = format(sequenceNumber);
    ChangeRecord record =
        new ChangeRecord(
            eventId(number),
            event,
            number,
            keys,
            oldImage,
            newImage,
            size,
            now,
            viewType,
            identity);
    records.add(record);
    sequenceNumbers.add(sequenceNumber);
    return record;
  }

  private Map<String, AttributeValue> keys(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> keys = new LinkedHashMap<>();
    table.key().names().forEach(name -> keys.put(name, item.get(name)));
    return keys;
  }

  /** Drops the records older than the retention period. */
  void trim(Instant now) {
    int expired = firstRetained(now);
    if (expired > 0) {
      lastTrimmed = sequenceNumbers.get(expired - 1);
      records.subList(0, expired).clear();
      sequenceNumbers.subList(0, expired).clear();
    }
  }

  /** The index of the first record younger than the retention period. */
  private int firstRetained(Instant now) {
    Instant horizon = now.minus(RETENTION);
    int index = 0;
    while (index < records.size()
        && !records.get(index).approximateCreationDateTime().isAfter(horizon)) {
      index++;
    }
    return index;
  }

  /** The highest sequence number trimmed (or older than the retention period) by {@code now}. */
  long lastTrimmed(Instant now) {
    int expired = firstRetained(now);
    return expired == 0 ? lastTrimmed : sequenceNumbers.get(expired - 1);
  }

  /** The first sequence number this shard may hold. */
  long startingSequenceNumber() {
    return startingSequenceNumber;
  }

  /** Up to {@code limit} retained records whose sequence number is at least {@code from}. */
  List<ChangeRecord> read(long from, int limit, Instant now) {
    int start = Math.max(firstRetained(now), position(from));
    return List.copyOf(records.subList(start, Math.min(records.size(), start + limit)));
  }

  /** Whether the shard holds a record at or after {@code from}. */
  boolean hasRecordsFrom(long from) {
    return position(from) < records.size();
  }

  private int position(long from) {
    int low = 0;
    int high = sequenceNumbers.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sequenceNumbers.get(middle) < from) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** DynamoDB's sequence numbers are 21 to 40 decimal digits. */
  static String format(long sequenceNumber) {
    return String.format(java.util.Locale.ROOT, "%021d", sequenceNumber);
  }

  /** Unique within the stream and the same on every run. */
  private String eventId(String sequenceNumber) {
    return UUID.nameUUIDFromBytes((arn + '/' + sequenceNumber).getBytes(StandardCharsets.UTF_8))
        .toString()
        .replace("-", "");
  }
}
