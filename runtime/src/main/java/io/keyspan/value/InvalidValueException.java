package io.keyspan.value;

/**
 * A value that DynamoDB would reject: a number out of range or too precise, an empty or
 * duplicated set. The message is DynamoDB's own, so engines can report it unchanged as a
 * validation error.
 */
public final class InvalidValueException extends IllegalArgumentException {
  public InvalidValueException(String message) {
    super(message);
  }
}
