package io.keyspan.engine.stream;

import java.util.Objects;

/**
 * GetShardIterator.
 *
 * @param sequenceNumber required for AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER, else null
 */
public record GetShardIteratorRequest(
    String streamArn, String shardId, ShardIteratorType shardIteratorType, String sequenceNumber) {
  public GetShardIteratorRequest {
    Objects.requireNonNull(streamArn, "streamArn");
    Objects.requireNonNull(shardId, "shardId");
    Objects.requireNonNull(shardIteratorType, "shardIteratorType");
  }
}
