package io.keyspan.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;

/**
 * The {@code keyspan.*} settings of a Micronaut application. Micronaut's annotation processor
 * implements this interface at compile time, so reading it needs no reflection.
 *
 * <pre>
 * keyspan.engine=dynamodb:?region=eu-west-1
 * keyspan.table-name-prefix=dev_
 * </pre>
 */
@ConfigurationProperties("keyspan")
public interface KeyspanConfiguration {
  /** The engine's URI, as {@code Keyspan.connect} takes it; default {@code memory:}. */
  @Bindable(defaultValue = "memory:")
  String getEngine();

  /** Put before every table name ({@code dev_} turns {@code Users} into {@code dev_Users}). */
  Optional<String> getTableNamePrefix();
}
