package io.keyspan.engine.stream;

import java.util.Objects;

/**
 * A shard of a stream and the range of sequence numbers it holds.
 *
 * @param parentShardId the shard this one follows; null for a stream's first shard
 * @param endingSequenceNumber null while the shard is open (its stream enabled)
 */
public record Shard(
    String shardId,
    String parentShardId,
    String startingSequenceNumber,
    String endingSequenceNumber) {
  public Shard {
    Objects.requireNonNull(shardId, "shardId");
    Objects.requireNonNull(startingSequenceNumber, "startingSequenceNumber");
  }
}
