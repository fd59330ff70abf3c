package io.keyspan.exception;

/**
 * A page cursor that cannot resume the query it was given to: it is malformed (changed or cut short
 * on its way through the application), or it was returned by another query, which the message shows
 * as expression text. Nothing was read.
 */
public final class InvalidCursorException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public InvalidCursorException(String message) {
    super(message);
  }

  public InvalidCursorException(String message, Throwable cause) {
    super(message, cause);
  }
}
