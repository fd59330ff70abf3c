package io.keyspan.memory;

import com.google.auto.service.AutoService;
import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineProvider;
import io.keyspan.engine.EngineUri;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Serves the {@code memory:} scheme. {@code memory:} opens a fresh, empty {@link MemoryEngine};
 * {@code memory:?dir=/path} one that keeps its data in that directory, loading what it holds
 * ({@code snapshotLogBytes=N} sets the log size after which a snapshot is written).
 */
@AutoService(EngineProvider.class)
@SuppressWarnings("exports") // @AutoService is read at compile time only; users never need it
public final class MemoryEngineProvider implements EngineProvider {
  public static final String SCHEME = "memory";

  /** The URI parameter naming the data directory. */
  public static final String DIR = "dir";

  /** The URI parameter setting the log size after which a snapshot is written. */
  public static final String SNAPSHOT_LOG_BYTES = "snapshotLogBytes";

  /** For {@link java.util.ServiceLoader}. */
  public MemoryEngineProvider() {}

  @Override
  public String scheme() {
    return SCHEME;
  }

  @Override
  public String description() {
    return "in-memory engine";
  }

  @Override
  public Engine open(EngineUri uri, EngineContext context) {
    Set<String> unknown = new TreeSet<>(uri.parameters().keySet());
    unknown.removeAll(Set.of(DIR, SNAPSHOT_LOG_BYTES));
    if (!uri.target().isEmpty() || !unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "The in-memory engine takes only the settings "
              + DIR
              + " and "
              + SNAPSHOT_LOG_BYTES
              + "; write 'memory:' or 'memory:?dir=/path', not '"
              + uri
              + "'");
    }
    String dir = uri.parameters().get(DIR);
    if (dir == null) {
      if (uri.parameters().containsKey(SNAPSHOT_LOG_BYTES)) {
        throw new IllegalArgumentException(
            SNAPSHOT_LOG_BYTES + " needs a data directory (dir=/path) in '" + uri + "'");
      }
      return MemoryEngine.create(context);
    }
    if (dir.isEmpty()) {
      throw new IllegalArgumentException("The data directory (dir=) is empty in '" + uri + "'");
    }
    return MemoryEngine.open(context, Path.of(dir), snapshotLogBytes(uri));
  }

  private static long snapshotLogBytes(EngineUri uri) {
    String text = uri.parameters().get(SNAPSHOT_LOG_BYTES);
    if (text == null) {
      return MemoryEngine.DEFAULT_SNAPSHOT_LOG_BYTES;
    }
    try {
      long bytes = Long.parseLong(text);
      if (bytes > 0) {
        return bytes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        SNAPSHOT_LOG_BYTES
            + " takes a positive number of bytes, got '"
            + text
            + "' in '"
            + uri
            + "'");
  }
}
