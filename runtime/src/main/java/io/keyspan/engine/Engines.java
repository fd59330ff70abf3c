package io.keyspan.engine;

import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Opens an engine by URI scheme from the {@link EngineProvider}s that {@link ServiceLoader} finds
 * ({@code memory:}, {@code dynamodb:}, ...). The {@code Keyspan} handle and the server both open
 * their engines here; exactly one provider may claim a scheme, so the choice never depends on
 * classpath order.
 */
public final class Engines {
  private Engines() {}

  /**
   * A new engine for {@code uriText}; the caller owns it and closes it.
   *
   * @throws IllegalArgumentException when the URI is malformed or no engine serves its scheme; the
   *     message lists the schemes available
   * @throws IllegalStateException when two providers claim the same scheme
   */
  public static Engine open(String uriText, EngineContext context) {
    EngineUri uri = EngineUri.parse(uriText);
    TreeMap<String, EngineProvider> providers = providers();
    EngineProvider provider = providers.get(uri.scheme());
    if (provider == null) {
      throw new IllegalArgumentException(
          "No Keyspan engine serves the scheme '"
              + uri.scheme()
              + ":' of '"
              + uriText
              + "'. "
              + (providers.isEmpty()
                  ? "No engine is on the classpath; add keyspan-runtime-memory or keyspan-runtime-dynamodb."
                  : "Available schemes: "
                      + String.join(", ", providers.keySet().stream().map(s -> s + ":").toList())
                      + "."));
    }
    return provider.open(uri, context);
  }

  /** The providers by scheme, sorted so that error messages list them in a stable order. */
  private static TreeMap<String, EngineProvider> providers() {
    TreeMap<String, EngineProvider> providers = new TreeMap<>();
    for (EngineProvider provider :
        ServiceLoader.load(EngineProvider.class, Engines.class.getClassLoader())) {
      EngineProvider previous = providers.putIfAbsent(provider.scheme(), provider);
      if (previous != null) {
        throw new IllegalStateException(
            "Two engines claim the scheme '"
                + provider.scheme()
                + "': "
                + previous.getClass().getName()
                + " and "
                + provider.getClass().getName());
      }
    }
    return providers;
  }
}
