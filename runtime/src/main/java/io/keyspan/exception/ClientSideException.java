package io.keyspan.exception;

/**
 * An error raised in the application's own process rather than by DynamoDB: a stored value the Java
 * type cannot hold, or a request the engine could not send or whose answer it could not read.
 * DynamoDB has no error type for these, so {@link #errorCode()} is Keyspan's own name, and
 * Keyspan's server answers them as an internal error.
 */
public abstract class ClientSideException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  protected ClientSideException(String message) {
    super(message);
  }

  protected ClientSideException(String message, Throwable cause) {
    super(message, cause);
  }
}
