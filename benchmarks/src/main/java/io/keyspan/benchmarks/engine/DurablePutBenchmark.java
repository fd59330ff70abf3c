package io.keyspan.benchmarks.engine;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.WriteResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The price of a data directory: PutItem (overwriting one of 10^3 items) on the plain in-memory
 * engine and on the same engine with {@code memory:?dir=} in one run, by one writer and by four
 * concurrent writers (group commit lets the four share each fsync). A durable put returns only
 * after its log record is forced to the device, so it costs about one fsync of the machine's disk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DurablePutBenchmark {
  private static final int ITEMS = 1_000;

  /** One engine: plain ({@code memory:}) or with a data directory in a temporary directory. */
  @State(Scope.Benchmark)
  public static class Store {
    @Param({"plain", "durable"})
    public String engine;

    Path directory;
    Keyspan keyspan;
    Engine target;

    @Setup(Level.Trial)
    public void open() throws IOException {
      if (engine.equals("durable")) {
        directory = Files.createTempDirectory("keyspan-durable-bench");
        keyspan = Keyspan.connect("memory:?dir=" + directory);
      } else {
        keyspan = Keyspan.inMemory();
      }
      target = keyspan.engine();
      target.createTable(Items.createTable());
      for (int i = 0; i < ITEMS; i++) {
        target.putItem(PutItemRequest.builder(Items.TABLE, Items.item(i)).build());
      }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      keyspan.close();
      if (directory != null) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(DurablePutBenchmark::delete);
        }
      }
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WriteResponse put(Store store) {
    int index = ThreadLocalRandom.current().nextInt(ITEMS);
    return store.target.putItem(PutItemRequest.builder(Items.TABLE, Items.item(index)).build());
  }

  @Benchmark
  public WriteResponse putOneWriter(Store store) {
    return put(store);
  }

  @Benchmark
  @Threads(4)
  public WriteResponse putFourWriters(Store store) {
    return put(store);
  }
}
