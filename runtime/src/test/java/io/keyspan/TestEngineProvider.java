package io.keyspan;

import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineProvider;
import io.keyspan.engine.EngineUri;

/**
 * Serves the {@code test:} scheme with {@link ClosableTestEngine}; registered in META-INF/services.
 */
public final class TestEngineProvider implements EngineProvider {
  @Override
  public String scheme() {
    return "test";
  }

  @Override
  public String description() {
    return "engine for Keyspan's own tests";
  }

  @Override
  public Engine open(EngineUri uri, EngineContext context) {
    return new ClosableTestEngine(uri, context);
  }
}
