package io.keyspan.exception;

/** The engine failed while processing the request. */
public final class InternalServerErrorException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public InternalServerErrorException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InternalServerErrorException";
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
