package io.keyspan.schema;

import java.util.Objects;

/** An atomic counter: every update adds {@code delta}; the first write stores {@code start}. */
public record CounterDefinition(String name, long start, long delta) {
  public CounterDefinition {
    Objects.requireNonNull(name, "name");
  }
}
