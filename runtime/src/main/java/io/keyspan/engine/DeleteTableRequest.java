package io.keyspan.engine;

import java.util.Objects;

/** DeleteTable: removes a table, its indexes and items. */
public record DeleteTableRequest(String tableName) {
  public DeleteTableRequest {
    Objects.requireNonNull(tableName, "tableName");
  }
}
