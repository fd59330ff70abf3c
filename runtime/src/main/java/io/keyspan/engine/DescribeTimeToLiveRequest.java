package io.keyspan.engine;

import java.util.Objects;

/** DescribeTimeToLive: whether and by which attribute a table's items expire. */
public record DescribeTimeToLiveRequest(String tableName) {
  public DescribeTimeToLiveRequest {
    Objects.requireNonNull(tableName, "tableName");
  }
}
