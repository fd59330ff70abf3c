package io.keyspan.exception;

/**
 * A versioned write found a different version than it expected: someone else changed the item since
 * it was read. Reload the item and retry the change. On the wire this is DynamoDB's {@code
 * ConditionalCheckFailedException}, which it wraps.
 */
public final class OptimisticLockingException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public OptimisticLockingException(String message, ConditionalCheckFailedException cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "ConditionalCheckFailedException";
  }
}
