package io.keyspan.exception;

/** A request DynamoDB rejects as invalid: nothing was read or changed. */
public final class ValidationException extends KeyspanException {
  public ValidationException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ValidationException";
  }
}
