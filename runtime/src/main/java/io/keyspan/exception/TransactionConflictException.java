package io.keyspan.exception;

/** The item is being changed by a concurrent transaction. */
public final class TransactionConflictException extends KeyspanException {
  public TransactionConflictException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TransactionConflictException";
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
