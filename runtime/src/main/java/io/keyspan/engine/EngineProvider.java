package io.keyspan.engine;

/**
 * Creates engines for one URI scheme ({@code memory}, {@code dynamodb}, ...). Providers are found
 * with {@link java.util.ServiceLoader}; {@code Keyspan.connect(uri)} picks the one whose {@link
 * #scheme()} equals the URI's scheme, so the choice never depends on classpath order.
 */
public interface EngineProvider {

  /** The URI scheme this provider serves, in lower case, without the colon. */
  String scheme();

  /** A short description for error messages and logs ("in-memory engine"). */
  String description();

  /**
   * Opens an engine.
   *
   * @param uri the engine address, whose scheme is {@link #scheme()}
   * @param context the settings every engine receives, such as the clock
   * @throws IllegalArgumentException when the address's target or parameters are invalid for this
   *     engine, naming the problem
   */
  Engine open(EngineUri uri, EngineContext context);
}
