package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The payloads of the data directory's files, inside {@link LogRecordFormat} frames.
 *
 * <ul>
 *   <li>A log file starts with a header record: the magic text {@code KEYSPAN-LOG} and the format
 *       version. Every later record is one commit: the stream counters after it, then its changes
 *       ({@link Change}) in the order they happened, the stream records a write made among them.
 *   <li>The snapshot is one record: the magic text {@code KEYSPAN-SNAPSHOT}, the format version,
 *       the generation of the log that follows it, the stream counters, every stream with its
 *       records ({@link StreamImages}, since version 2), then every table's image and items.
 * </ul>
 *
 * <p>Version 1 kept no stream records: its commits never hold one and its snapshot has no streams.
 * It is still read (its streams come back empty, their earlier records trimmed); the data directory
 * then writes a version 2 snapshot at once, so it never appends to a version 1 log. A file of any
 * other version is refused with an error naming the file and the versions.
 */
final class DurableFormat {
  /** The version this code writes. */
  static final int VERSION = 2;

  /** The oldest version this code reads. */
  static final int OLDEST_READ = 1;

  private static final String LOG_MAGIC = "KEYSPAN-LOG";
  private static final String SNAPSHOT_MAGIC = "KEYSPAN-SNAPSHOT";
  private static final int ITEM_WRITTEN = 1;
  private static final int TABLE_DEFINED = 2;
  private static final int TABLE_DROPPED = 3;
  private static final int STREAM_RECORDED = 4;
  private static final int STREAM_CLOSED = 5;

  private DurableFormat() {}

  /** The stream registry's counters, which a restart continues. */
  record Counters(long lastSequenceNumber, long shardsCreated) {
    static Counters of(StreamRegistry streams) {
      return new Counters(streams.lastSequenceNumber(), streams.shardsCreated());
    }

    void restore(StreamRegistry streams) {
      streams.restoreCounters(lastSequenceNumber, shardsCreated);
    }

    private void write(DataWriter out) {
      out.writeLong(lastSequenceNumber).writeLong(shardsCreated);
    }

    private static Counters read(DataReader in) {
      long last = in.readLong();
      return new Counters(last, in.readLong());
    }
  }

  /** One commit read back from the log. */
  record Commit(Counters counters, List<Change> changes) {}

  static byte[] logHeader() {
    return new DataWriter().writeString(LOG_MAGIC).writeInt(VERSION).toByteArray();
  }

  /** The log's format version, if this code reads it. */
  static int checkLogHeader(byte[] payload, Path file) {
    return checkVersion(new DataReader(payload), LOG_MAGIC, file);
  }

  static byte[] commit(Counters counters, List<Change> changes) {
    DataWriter out = new DataWriter();
    counters.write(out);
    out.writeInt(changes.size());
    for (Change change : changes) {
      if (change instanceof Change.ItemWritten written) {
        out.writeByte(ITEM_WRITTEN).writeString(written.table());
        out.writeBoolean(written.item() != null);
        out.writeItem(written.item() == null ? written.key() : written.item());
      } else if (change instanceof Change.StreamRecorded recorded) {
        out.writeByte(STREAM_RECORDED).writeString(recorded.streamArn());
        StreamImages.writeRecord(out, recorded.record());
      } else if (change instanceof Change.StreamClosed closed) {
        out.writeByte(STREAM_CLOSED)
            .writeString(closed.streamArn())
            .writeInstant(closed.disabled());
      } else if (change instanceof Change.TableDefined defined) {
        out.writeByte(TABLE_DEFINED);
        defined.image().write(out);
      } else {
        out.writeByte(TABLE_DROPPED).writeString(((Change.TableDropped) change).name());
      }
    }
    return out.toByteArray();
  }

  static Commit readCommit(byte[] payload) {
    DataReader in = new DataReader(payload);
    Counters counters = Counters.read(in);
    int size = in.readInt();
    List<Change> changes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int kind = in.readByte();
      changes.add(
          switch (kind) {
            case ITEM_WRITTEN -> {
              String table = in.readString();
              boolean put = in.readBoolean();
              Map<String, AttributeValue> image = in.readItem();
              yield new Change.ItemWritten(table, image, put ? image : null);
            }
            case TABLE_DEFINED -> new Change.TableDefined(TableImage.read(in));
            case TABLE_DROPPED -> new Change.TableDropped(in.readString());
            case STREAM_CLOSED -> new Change.StreamClosed(in.readString(), in.readInstant());
            case STREAM_RECORDED ->
                new Change.StreamRecorded(in.readString(), StreamImages.readRecord(in));
            default -> throw new IllegalStateException("Unknown change kind " + kind);
          });
    }
    return new Commit(counters, changes);
  }

  /** The whole catalog, to be followed by the log of {@code logGeneration}. */
  static byte[] snapshot(Catalog catalog, long logGeneration) {
    DataWriter out = new DataWriter().writeString(SNAPSHOT_MAGIC).writeInt(VERSION);
    out.writeLong(logGeneration);
    Counters.of(catalog.streams).write(out);
    StreamImages.writeStreams(out, catalog.streams);
    out.writeInt(catalog.tables.size());
    for (StoredTable table : catalog.tables.values()) {
      TableImage.of(table).write(out);
      out.writeInt(table.itemCount());
      Iterator<OrderedStore.Entry> items = table.items().scan(0, null, null);
      while (items.hasNext()) {
        out.writeItem(items.next().item());
      }
    }
    return out.toByteArray();
  }

  /** What a snapshot told about the directory besides its contents. */
  record SnapshotRead(int version, long logGeneration) {}

  /** Loads a snapshot into an empty catalog. */
  static SnapshotRead readSnapshot(byte[] payload, Catalog catalog, Path file) {
    DataReader in = new DataReader(payload);
    int version = checkVersion(in, SNAPSHOT_MAGIC, file);
    long logGeneration = in.readLong();
    Counters.read(in).restore(catalog.streams);
    if (version >= 2) {
      StreamImages.readStreams(in, catalog.streams);
    }
    for (int tables = in.readInt(); tables > 0; tables--) {
      TableImage image = TableImage.read(in);
      new Change.TableDefined(image).replay(catalog);
      StoredTable table = catalog.tables.get(image.settings().name());
      for (int items = in.readInt(); items > 0; items--) {
        Map<String, AttributeValue> item = in.readItem();
        table.restore(PrimaryKey.of(table.key(), item), item);
      }
    }
    return new SnapshotRead(version, logGeneration);
  }

  private static int checkVersion(DataReader in, String magic, Path file) {
    String found = in.readString();
    int version = in.readInt();
    if (!found.equals(magic)) {
      throw new IllegalStateException(file + " is not a Keyspan " + magic + " file");
    }
    if (version < OLDEST_READ || version > VERSION) {
      throw new IllegalStateException(
          file
              + " has data format version "
              + version
              + "; this Keyspan reads versions "
              + OLDEST_READ
              + " to "
              + VERSION
              + " (and writes version "
              + VERSION
              + ")");
    }
    return version;
  }
}
