package io.keyspan.engine.stream;

/**
 * The DynamoDB Streams API over an engine's tables. Failures are {@link
 * io.keyspan.exception.ResourceNotFoundException} (no such stream or shard), {@link
 * io.keyspan.exception.ExpiredIteratorException}, {@link
 * io.keyspan.exception.TrimmedDataAccessException} and {@link
 * io.keyspan.exception.ValidationException}, with DynamoDB's messages. Thread-safe.
 */
public interface Streams {
  ListStreamsResponse listStreams(ListStreamsRequest request);

  StreamDescription describeStream(DescribeStreamRequest request);

  /** An opaque iterator for {@link #getRecords}, valid for 15 minutes by the engine's clock. */
  String getShardIterator(GetShardIteratorRequest request);

  GetRecordsResponse getRecords(GetRecordsRequest request);
}
