package io.keyspan.memory;

import io.keyspan.exception.ExpiredIteratorException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TrimmedDataAccessException;
import io.keyspan.exception.ValidationException;

/** The errors of streams: CreateTable and UpdateTable's stream settings and the Streams API. */
final class StreamMessages {
  private StreamMessages() {}

  static ValidationException viewTypeRequired() {
    return new ValidationException(
        "StreamSpecification: StreamViewType is required when StreamEnabled is true");
  }

  /** DynamoDB's text: a stream's view type changes by disabling it, then enabling it anew. */
  static ValidationException alreadyEnabled(String tableName) {
    return new ValidationException("Table already has an enabled stream: TableName: " + tableName);
  }

  static ValidationException nothingToDisable(String tableName) {
    return new ValidationException(
        "StreamSpecification: table " + tableName + " has no enabled stream to disable");
  }

  static ResourceNotFoundException streamNotFound(String streamArn) {
    return new ResourceNotFoundException(
        "Requested resource not found: Stream: " + streamArn + " not found");
  }

  static ResourceNotFoundException shardNotFound(String shardId, String streamArn) {
    return new ResourceNotFoundException(
        "Requested resource not found: Shard: "
            + shardId
            + " in Stream: "
            + streamArn
            + " not found");
  }

  static ValidationException sequenceNumberRequired(Object type) {
    return new ValidationException("SequenceNumber is required for ShardIteratorType " + type);
  }

  static ValidationException invalidSequenceNumber(String sequenceNumber, String shardId) {
    return new ValidationException(
        "Invalid SequenceNumber " + sequenceNumber + " for shard " + shardId);
  }

  static ValidationException invalidIterator() {
    return new ValidationException("Invalid ShardIterator");
  }

  /** The message DynamoDB's API reference shows for this error. */
  static ExpiredIteratorException iteratorExpired() {
    return new ExpiredIteratorException("The provided iterator exceeds the maximum age allowed.");
  }

  static TrimmedDataAccessException trimmed(String shardId) {
    return new TrimmedDataAccessException(
        "The requested position in shard "
            + shardId
            + " is older than the oldest record retained (24 hours)");
  }
}
