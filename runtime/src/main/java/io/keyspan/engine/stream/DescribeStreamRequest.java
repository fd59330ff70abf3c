package io.keyspan.engine.stream;

import java.util.Objects;

/**
 * DescribeStream.
 *
 * @param limit at most this many shards (1 to 100); null for 100
 * @param exclusiveStartShardId the previous page's last shard; null for the first page
 */
public record DescribeStreamRequest(String streamArn, Integer limit, String exclusiveStartShardId) {
  public DescribeStreamRequest {
    Objects.requireNonNull(streamArn, "streamArn");
  }
}
