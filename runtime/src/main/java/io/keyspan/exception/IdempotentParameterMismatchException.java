package io.keyspan.exception;

/** A client request token was reused with a different request. */
public final class IdempotentParameterMismatchException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public IdempotentParameterMismatchException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "IdempotentParameterMismatchException";
  }
}
