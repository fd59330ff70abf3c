package io.keyspan.exception;

/** The item is being changed by a concurrent transaction. */
public final class TransactionConflictException extends KeyspanException {
  private static final long serialVersionUID = 1L;

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
