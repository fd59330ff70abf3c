package io.keyspan.exception;

/** A transaction with the same client request token is still in progress. */
public final class TransactionInProgressException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public TransactionInProgressException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TransactionInProgressException";
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
