package io.keyspan.engine.stream;

import java.util.Objects;

/**
 * GetRecords.
 *
 * @param limit at most this many records (1 to 1000); null for 1000
 */
public record GetRecordsRequest(String shardIterator, Integer limit) {
  public GetRecordsRequest {
    Objects.requireNonNull(shardIterator, "shardIterator");
  }
}
