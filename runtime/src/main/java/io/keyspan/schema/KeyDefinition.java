package io.keyspan.schema;

import io.keyspan.engine.table.ScalarAttributeType;
import java.util.Objects;

/** A key attribute of a table or index: its name and its type (S, N or B). */
public record KeyDefinition(String name, ScalarAttributeType type) {
  public KeyDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static KeyDefinition of(String name, ScalarAttributeType type) {
    return new KeyDefinition(name, type);
  }
}
