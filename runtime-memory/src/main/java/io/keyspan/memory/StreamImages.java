package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Map;

/**
 * How the data directory keeps streams' contents (format version 2): each stream record whole, as
 * GetRecords returns it, and in the snapshot every stream the registry holds, with the table
 * settings it was enabled with (a disabled stream outlives its table by 24 hours), its trim point
 * and its records. Its shard needs nothing more: the shard's id and starting sequence number are in
 * the stream's image, and its ending sequence number follows from the records and the trim point.
 */
final class StreamImages {
  private StreamImages() {}

  static void writeRecord(DataWriter out, ChangeRecord record) {
    out.writeString(record.eventId())
        .writeString(record.eventName().name())
        .writeString(record.sequenceNumber())
        .writeItem(record.keys());
    writeOptionalItem(out, record.oldImage());
    writeOptionalItem(out, record.newImage());
    out.writeLong(record.sizeBytes())
        .writeInstant(record.approximateCreationDateTime())
        .writeString(record.streamViewType().name());
    UserIdentity identity = record.userIdentity();
    out.writeBoolean(identity != null);
    if (identity != null) {
      out.writeString(identity.type()).writeString(identity.principalId());
    }
  }

  static ChangeRecord readRecord(DataReader in) {
    String eventId = in.readString();
    EventName eventName = EventName.valueOf(in.readString());
    String sequenceNumber = in.readString();
    Map<String, AttributeValue> keys = in.readItem();
    Map<String, AttributeValue> oldImage = readOptionalItem(in);
    Map<String, AttributeValue> newImage = readOptionalItem(in);
    long size = in.readLong();
    Instant created = in.readInstant();
    StreamViewType viewType = StreamViewType.valueOf(in.readString());
    UserIdentity identity = null;
    if (in.readBoolean()) {
      String type = in.readString();
      identity = new UserIdentity(type, in.readString());
    }
    return new ChangeRecord(
        eventId,
        eventName,
        sequenceNumber,
        keys,
        oldImage,
        newImage,
        size,
        created,
        viewType,
        identity);
  }

  /** Every stream of the registry, in ARN order, with its records. */
  static void writeStreams(DataWriter out, StreamRegistry streams) {
    out.writeInt(streams.all().size());
    for (TableStream stream : streams.all()) {
      TableImage.writeSettings(out, stream.table());
      TableImage.StreamImage.of(stream).write(out);
      out.writeLong(stream.lastTrimmed()).writeInt(stream.records().size());
      stream.records().forEach(record -> writeRecord(out, record));
    }
  }

  /** Registers the streams {@link #writeStreams} wrote, before any table refers to them. */
  static void readStreams(DataReader in, StreamRegistry streams) {
    for (int count = in.readInt(); count > 0; count--) {
      TableSettings table = TableImage.readSettings(in);
      TableStream stream = TableImage.StreamImage.read(in).restore(streams, table);
      stream.restoreTrimmed(in.readLong());
      for (int records = in.readInt(); records > 0; records--) {
        stream.restore(readRecord(in));
      }
    }
  }

  private static void writeOptionalItem(DataWriter out, Map<String, AttributeValue> item) {
    out.writeBoolean(item != null);
    if (item != null) {
      out.writeItem(item);
    }
  }

  private static Map<String, AttributeValue> readOptionalItem(DataReader in) {
    return in.readBoolean() ? in.readItem() : null;
  }
}
