package io.keyspan.micronaut;

import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineProvider;
import io.keyspan.engine.EngineUri;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@code closing:} engine: does nothing but remember that it was closed, so a test can see that
 * the handle's engine is closed with the application context.
 */
public final class ClosingEngineProvider implements EngineProvider {
  private static final List<Engine> CLOSED = new CopyOnWriteArrayList<>();

  /** The engines of this scheme closed so far. */
  static List<Engine> closed() {
    return CLOSED;
  }

  @Override
  public String scheme() {
    return "closing";
  }

  @Override
  public String description() {
    return "engine that records its closing";
  }

  @Override
  public Engine open(EngineUri uri, EngineContext context) {
    return (Engine)
        Proxy.newProxyInstance(
            Engine.class.getClassLoader(),
            new Class<?>[] {Engine.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "close" -> {
                    CLOSED.add((Engine) proxy);
                    yield null;
                  }
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "toString" -> "closing engine";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
