package io.keyspan.memory;

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
 * warning, and deletes logs of other generations (leftovers of an interrupted snapshot).
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

  /** Loads the snapshot and replays the log after it into an empty catalog. */
  void recover(Catalog catalog) {
    try {
      generation =
          snapshot
              .read()
              .map(
                  payload -> {
                    snapshotBytes = payload.length;
                    return DurableFormat.readSnapshot(
                        payload, catalog, directory.resolve(SNAPSHOT));
                  })
              .orElse(1L);
      Path file = logFile(generation);
      WriteAheadLog opened = WriteAheadLog.open(file);
      List<byte[]> records = opened.recovered();
      if (records.isEmpty()) {
        opened.append(DurableFormat.logHeader());
        opened.force();
      } else {
        DurableFormat.checkLogHeader(records.get(0), file);
        for (byte[] record : records.subList(1, records.size())) {
          DurableFormat.Commit commit = DurableFormat.readCommit(record);
          commit.changes().forEach(change -> change.replay(catalog));
          commit.counters().restore(catalog.streams);
        }
      }
      long last = catalog.streams.lastSequenceNumber();
      catalog.tables.values().stream()
          .filter(table -> table.stream() != null)
          .forEach(table -> table.stream().trimmedThrough(last));
      logBytes = opened.size();
      log = new GroupCommitLog(opened);
      deleteOtherLogs();
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  @Override
  public ItemChanges itemChanges() {
    return (table, key, item) -> pending.add(new Change.ItemWritten(table, key, item));
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
      changes.add(
          table == null
              ? new Change.TableDropped(name)
              : new Change.TableDefined(TableImage.of(table)));
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
