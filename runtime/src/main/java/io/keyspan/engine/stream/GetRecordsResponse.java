package io.keyspan.engine.stream;

import java.util.List;

/**
 * GetRecords' page; it may be empty at the tip of an open shard.
 *
 * @param nextShardIterator where to read next; null once a closed shard is read to its end
 */
public record GetRecordsResponse(List<ChangeRecord> records, String nextShardIterator) {
  public GetRecordsResponse {
    records = List.copyOf(records);
  }
}
