package io.keyspan.exception;

/** Too many concurrent control-plane operations, or an account limit was reached. */
public final class LimitExceededException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "LimitExceededException";
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
