package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.value.AttributeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps an engine's catalog in a directory: a {@code snapshot} of every table and item, and the
 * write-ahead log of the commits after it ({@code log-<generation>}), with a {@code lock} file held
 * while the engine is open.
 *
 * <p><b>Writing.</b> Each write's changes (item after-images and table images) become one log
 * record, appended under the engine's write lock; the writer then waits for a group-commit force
 * ({@link GroupCommitLog}) before its write is acknowledged. One record per write makes a
 * transaction all or nothing: a torn record is dropped whole.
 *
 * <p><b>Snapshots.</b> Once the log outgrows both {@code snapshotLogBytes} and the last snapshot,
 * the next commit writes a new snapshot: first a new empty log of the next generation, then the
 * snapshot naming that generation (written beside and renamed over the old one), and only then is
 * the old log deleted. A crash at any step leaves a snapshot and the log that follows it.
 *
 * <p><b>Recovery.</b> Opening loads the snapshot, replays its log, drops a torn last record with a
 * warning, and deletes logs of other generations (leftovers of an interrupted snapshot). Stream
 * records come back from the snapshot and the log as they were written, never made again; those
 * past the 24-hour retention by the engine's clock are trimmed.
 */
final class DataDirectory implements Durability {
  private static final String SNAPSHOT = "snapshot";
  private static final String LOG_PREFIX = "log-";

  private final Path directory;
  private final long snapshotLogBytes;
  private final DirectoryLock lock;
  private final SnapshotFile snapshot;
  private final List<Change> pending = new ArrayList<>();
  private final Set<String> changedTables = new LinkedHashSet<>();
  private GroupCommitLog log;
  private long generation;
  private long logBytes;
  private long snapshotBytes;
  private boolean closed;

  private DataDirectory(Path directory, long snapshotLogBytes, DirectoryLock lock) {
    this.directory = directory;
    this.snapshotLogBytes = snapshotLogBytes;
    this.lock = lock;
    this.snapshot = new SnapshotFile(directory.resolve(SNAPSHOT));
  }

  /** Locks the directory (creating it if needed); {@link #recover} then loads it. */
  static DataDirectory open(Path directory, long snapshotLogBytes) {
    return new DataDirectory(directory, snapshotLogBytes, DirectoryLock.acquire(directory));
  }

  /**
   * Loads the snapshot and replays the log after it into an empty catalog. A directory written in
   * format version 1 (which kept no stream records) is read, its streams' earlier records counted
   * as trimmed, and rewritten at once as a version 2 snapshot.
   */
  void recover(Catalog catalog) {
    try {
      int oldestVersion = DurableFormat.VERSION;
      Optional<byte[]> read = snapshot.read();
      if (read.isPresent()) {
        snapshotBytes = read.get().length;
        DurableFormat.SnapshotRead loaded =
            DurableFormat.readSnapshot(read.get(), catalog, directory.resolve(SNAPSHOT));
        generation = loaded.logGeneration();
        oldestVersion = loaded.version();
      } else {
        generation = 1L;
      }
      Path file = logFile(generation);
      WriteAheadLog opened = WriteAheadLog.open(file);
      List<byte[]> records = opened.recovered();
      if (records.isEmpty()) {
        opened.append(DurableFormat.logHeader());
        opened.force();
      } else {
        oldestVersion = Math.min(oldestVersion, DurableFormat.checkLogHeader(records.get(0), file));
        for (byte[] record : records.subList(1, records.size())) {
          DurableFormat.Commit commit = DurableFormat.readCommit(record);
          commit.changes().forEach(change -> change.replay(catalog));
          commit.counters().restore(catalog.streams);
        }
      }
      catalog.streams.all().forEach(stream -> stream.trim(catalog.streams.now()));
      logBytes = opened.size();
      log = new GroupCommitLog(opened);
      if (oldestVersion < DurableFormat.VERSION) {
        long last = catalog.streams.lastSequenceNumber();
        catalog.streams.all().forEach(stream -> stream.trimmedThrough(last));
        snapshot(catalog);
      }
      deleteOtherLogs();
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  @Override
  public ItemChanges itemChanges() {
    return new ItemChanges() {
      @Override
      public void written(
          String table, Map<String, AttributeValue> key, Map<String, AttributeValue> item) {
        pending.add(new Change.ItemWritten(table, key, item));
      }

      @Override
      public void recorded(String streamArn, ChangeRecord record) {
        pending.add(new Change.StreamRecorded(streamArn, record));
      }
    };
  }

  @Override
  public void tableChanged(String tableName) {
    changedTables.add(tableName);
  }

  @Override
  public long commit(Catalog catalog) {
    if (pending.isEmpty() && changedTables.isEmpty()) {
      return log.appended();
    }
    List<Change> changes = new ArrayList<>(pending);
    for (String name : changedTables) {
      StoredTable table = catalog.tables.get(name);
      if (table != null) {
        changes.add(new Change.TableDefined(TableImage.of(table)));
      } else {
        // Deleting the table closed its stream; replaying a closed stream's closing does nothing.
        catalog.streams.ofTable(name).stream()
            .filter(stream -> !stream.enabled())
            .forEach(
                stream -> changes.add(new Change.StreamClosed(stream.arn(), stream.disabledAt())));
        changes.add(new Change.TableDropped(name));
      }
    }
    pending.clear();
    changedTables.clear();
    byte[] record =
        DurableFormat.commit(DurableFormat.Counters.of(catalog.streams), List.copyOf(changes));
    long ticket = log.append(record);
    logBytes += LogRecordFormat.HEADER_BYTES + record.length;
    if (logBytes > Math.max(snapshotLogBytes, snapshotBytes)) {
      snapshot(catalog);
    }
    return ticket;
  }

  @Override
  public void awaitDurable(long ticket) {
    log.awaitDurable(ticket);
  }

  /** Writes a snapshot of the catalog and continues in a new, empty log. */
  private void snapshot(Catalog catalog) {
    long next = generation + 1;
    WriteAheadLog nextLog = WriteAheadLog.open(logFile(next));
    nextLog.append(DurableFormat.logHeader());
    nextLog.force();
    forceDirectory();
    byte[] payload = DurableFormat.snapshot(catalog, next);
    snapshot.write(payload);
    forceDirectory();
    log.rotate(nextLog);
    Path old = logFile(generation);
    generation = next;
    snapshotBytes = payload.length;
    logBytes = nextLog.size();
    delete(old);
  }

  @Override
  public void close(Catalog catalog) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (logBytes > DurableFormat.logHeader().length + LogRecordFormat.HEADER_BYTES) {
        snapshot(catalog);
      }
      log.close();
    } finally {
      lock.close();
    }
  }

  private Path logFile(long logGeneration) {
    return directory.resolve(String.format(Locale.ROOT, "%s%020d", LOG_PREFIX, logGeneration));
  }

  private void deleteOtherLogs() {
    Path current = logFile(generation);
    try (DirectoryStream<Path> logs = Files.newDirectoryStream(directory, LOG_PREFIX + "*")) {
      for (Path file : logs) {
        if (!file.equals(current)) {
          delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the data directory " + directory, e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file, e);
    }
  }

  /** Makes the directory's entries (a new or renamed file) survive a crash. */
  private void forceDirectory() {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot force the data directory " + directory, e);
    }
  }
}
