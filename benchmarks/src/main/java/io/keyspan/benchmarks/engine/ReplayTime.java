package io.keyspan.benchmarks.engine;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.WriteRequest;
import io.keyspan.memory.MemoryEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Start-up time of an engine with a data directory holding N items ({@code java ... ReplayTime
 * 100000}): once replaying the write-ahead log alone (the directory as a crash leaves it before any
 * snapshot), once loading the snapshot a clean close writes. Prints one line per measurement.
 */
public final class ReplayTime {
  private static final int BATCH = 25;
  private static final int WRITERS = 4;

  private ReplayTime() {}

  public static void main(String[] args) throws Exception {
    int items = Integer.parseInt(args[0]);
    Path root = Files.createTempDirectory("keyspan-replay");
    Path data = root.resolve("data");
    EngineContext context = EngineContext.systemDefault();
    MemoryEngine engine = MemoryEngine.open(context, data, Long.MAX_VALUE);
    engine.createTable(Items.createTable());
    long loadStart = System.nanoTime();
    load(engine, items);
    System.out.printf(
        Locale.ROOT,
        "%d items: load (batches of 25, 4 writers): %d ms%n",
        items,
        (System.nanoTime() - loadStart) / 1_000_000);
    Path crashed = root.resolve("crashed");
    copyWithoutLock(data, crashed);
    long logBytes = size(crashed);

    Timer replay = new Timer();
    try (MemoryEngine replayed = MemoryEngine.open(context, crashed, Long.MAX_VALUE)) {
      replay.report("open replaying the log (" + logBytes / (1 << 20) + " MiB)", items);
      check(replayed, items);
    }
    Timer close = new Timer();
    engine.close();
    close.report("clean close writing the snapshot", items);
    long snapshotBytes = Files.size(data.resolve("snapshot"));
    Timer load = new Timer();
    try (MemoryEngine loaded = MemoryEngine.open(context, data)) {
      load.report("open loading the snapshot (" + snapshotBytes / (1 << 20) + " MiB)", items);
      check(loaded, items);
    }
  }

  /** Wall-clock and this thread's CPU time since it was made. */
  private static final class Timer {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long wall = System.nanoTime();
    private final long cpu = threads.getCurrentThreadCpuTime();

    void report(String what, int items) {
      System.out.printf(
          Locale.ROOT,
          "%d items: %s: %d ms (%d ms CPU)%n",
          items,
          what,
          (System.nanoTime() - wall) / 1_000_000,
          (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }
  }

  private static void load(MemoryEngine engine, int items) throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> done = new ArrayList<>();
    for (int start = 0; start < items; start += BATCH) {
      int first = start;
      done.add(
          writers.submit(
              () -> {
                List<WriteRequest> batch = new ArrayList<>();
                for (int i = first; i < Math.min(items, first + BATCH); i++) {
                  batch.add(new WriteRequest.Put(Items.item(i)));
                }
                engine.batchWriteItem(new BatchWriteItemRequest(Map.of(Items.TABLE, batch), null));
              }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    writers.shutdown();
  }

  private static void check(MemoryEngine engine, int items) {
    long count = engine.describeTable(new DescribeTableRequest(Items.TABLE)).itemCount();
    if (count != items) {
      throw new IllegalStateException("recovered " + count + " items of " + items);
    }
  }

  private static void copyWithoutLock(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
      for (Path file : files) {
        if (!file.getFileName().toString().equals("lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }

  private static long size(Path directory) throws IOException {
    long bytes = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        bytes += Files.size(file);
      }
    }
    return bytes;
  }
}
