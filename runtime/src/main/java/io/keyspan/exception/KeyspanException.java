package io.keyspan.exception;

/**
 * The root of Keyspan's errors. Each subclass mirrors one DynamoDB error type, whose wire name
 * {@link #errorCode()} returns, so code that handles DynamoDB's errors handles Keyspan's alike
 * on every engine.
 */
public abstract sealed class KeyspanException extends RuntimeException
    permits ValidationException, ConditionalCheckFailedException, TransactionCanceledException,
        ResourceNotFoundException, ResourceInUseException, ProvisionedThroughputExceededException,
        ItemCollectionSizeLimitExceededException, IdempotentParameterMismatchException,
        TransactionInProgressException, TransactionConflictException, LimitExceededException,
        InternalServerErrorException, OptimisticLockingException, ThrottlingException {

  protected KeyspanException(String message) {
    super(message);
  }

  protected KeyspanException(String message, Throwable cause) {
    super(message, cause);
  }

  /** DynamoDB's name for this error, as in the {@code __type} of a wire error. */
  public abstract String errorCode();

  /** Whether retrying the same request later may succeed (throttling, conflicts, 5xx). */
  public boolean isRetryable() {
    return false;
  }
}
