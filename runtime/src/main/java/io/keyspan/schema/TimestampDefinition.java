package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A creation or update timestamp attribute that Keyspan writes on every put and update, from the
 * clock of the {@code Keyspan} handle.
 */
public final class TimestampDefinition {
  private final String name;
  private final Function<Instant, AttributeValue> format;

  private TimestampDefinition(String name, Function<Instant, AttributeValue> format) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = format;
  }

  /** A timestamp stored by {@code converter} after turning the clock's instant into a {@code V}. */
  public static <V> TimestampDefinition of(
      String name, AttributeConverter<V> converter, Function<Instant, V> fromInstant) {
    Objects.requireNonNull(converter, "converter");
    Objects.requireNonNull(fromInstant, "fromInstant");
    return new TimestampDefinition(
        name, instant -> converter.toAttributeValue(fromInstant.apply(instant)));
  }

  public String name() {
    return name;
  }

  /** The stored value of the timestamp at {@code now}. */
  public AttributeValue valueAt(Instant now) {
    return format.apply(now);
  }

  @Override
  public String toString() {
    return "Timestamp[" + name + "]";
  }
}
