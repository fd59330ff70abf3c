package io.keyspan.value;

import io.keyspan.exception.ValidationException;

/**
 * A value that DynamoDB would reject: a number out of range or too precise, an empty or duplicated
 * set. It is a {@link ValidationException}, as DynamoDB reports it. Raised by the value model, the
 * message is DynamoDB's own, so engines report it unchanged; raised through a repository, it also
 * names the attribute.
 */
public final class InvalidValueException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(message);
  }

  public InvalidValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
