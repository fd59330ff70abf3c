package io.keyspan.quarkus.it;

import io.keyspan.Keyspan;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link Keyspan} handle, over the engine {@code keyspan.engine} names.
 * {@code @Singleton}, not {@code @ApplicationScoped}: the handle is a final class, which ArC's
 * client proxies cannot subclass.
 */
public class KeyspanProducer {
  @Produces
  @Singleton
  Keyspan keyspan(
      @ConfigProperty(name = "keyspan.engine", defaultValue = "memory:") String engine) {
    return Keyspan.connect(engine);
  }

  /** Closes the engine the handle opened when the application stops. */
  void close(@Disposes Keyspan keyspan) {
    keyspan.close();
  }
}
