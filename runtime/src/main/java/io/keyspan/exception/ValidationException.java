package io.keyspan.exception;

/**
 * A request DynamoDB rejects as invalid: nothing was read or changed. Keyspan's own checks of the
 * same kind extend it: {@link io.keyspan.value.InvalidValueException} for a value DynamoDB cannot
 * store, {@link InvalidCursorException} for a cursor that cannot resume the query.
 */
public class ValidationException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message);
  }

  public ValidationException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public final String errorCode() {
    return "ValidationException";
  }
}
