package io.keyspan.exception;

/**
 * A DynamoDB Streams shard iterator older than 15 minutes
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html).
 */
public final class ExpiredIteratorException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ExpiredIteratorException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ExpiredIteratorException";
  }
}
