package io.keyspan.engine;

import java.util.Objects;

/** DescribeTable: a table's settings, status and approximate item count. */
public record DescribeTableRequest(String tableName) {
  public DescribeTableRequest {
    Objects.requireNonNull(tableName, "tableName");
  }
}
