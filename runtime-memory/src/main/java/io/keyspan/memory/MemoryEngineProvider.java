package io.keyspan.memory;

import com.google.auto.service.AutoService;
import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineProvider;
import io.keyspan.engine.EngineUri;

/** Serves the {@code memory:} scheme: each URI opens a fresh, empty {@link MemoryEngine}. */
@AutoService(EngineProvider.class)
@SuppressWarnings("exports") // @AutoService is read at compile time only; users never need it
public final class MemoryEngineProvider implements EngineProvider {
  public static final String SCHEME = "memory";

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
    if (!uri.target().isEmpty() || !uri.parameters().isEmpty()) {
      throw new IllegalArgumentException(
          "The in-memory engine takes no settings; write 'memory:', not '" + uri + "'");
    }
    return MemoryEngine.create(context);
  }
}
