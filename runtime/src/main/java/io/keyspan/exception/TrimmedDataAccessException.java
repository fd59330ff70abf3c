package io.keyspan.exception;

/**
 * A DynamoDB Streams read that starts before the oldest record still retained (records are trimmed
 * after 24 hours;
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html).
 */
public final class TrimmedDataAccessException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public TrimmedDataAccessException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TrimmedDataAccessException";
  }
}
