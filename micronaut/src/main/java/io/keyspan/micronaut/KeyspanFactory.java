package io.keyspan.micronaut;

import io.keyspan.Keyspan;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Makes the application's one {@link Keyspan} handle from {@link KeyspanConfiguration}, so that
 * generated repositories (whose {@code @Inject} constructors take the handle) become beans. The
 * handle, and the engine it opened, is closed with the application context.
 */
@Factory
public class KeyspanFactory {
  /**
   * The handle over the configured engine; an application's {@link Clock} bean, when it has one,
   * drives timestamps and time to live.
   */
  @Singleton
  @Bean(preDestroy = "close")
  public Keyspan keyspan(KeyspanConfiguration configuration, Optional<Clock> clock) {
    Keyspan.Builder builder = Keyspan.builder().uri(configuration.getEngine());
    configuration.getTableNamePrefix().ifPresent(builder::tableNamePrefix);
    clock.ifPresent(builder::clock);
    return builder.build();
  }
}
