package io.keyspan.engine.stream;

import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.StreamViewType;
import java.time.Instant;
import java.util.List;

/**
 * DescribeStream's answer.
 *
 * @param lastEvaluatedShardId where the next page of shards starts; null on the last page
 */
public record StreamDescription(
    String streamArn,
    String streamLabel,
    StreamStatus streamStatus,
    StreamViewType streamViewType,
    Instant creationRequestDateTime,
    String tableName,
    List<KeySchemaElement> keySchema,
    List<Shard> shards,
    String lastEvaluatedShardId) {
  public StreamDescription {
    keySchema = List.copyOf(keySchema);
    shards = List.copyOf(shards);
  }
}
