package io.keyspan.exception;

/**
 * The root of every error a Keyspan operation throws; see the {@linkplain io.keyspan.exception
 * package overview} for the whole hierarchy. Most subclasses mirror one DynamoDB error type, whose
 * wire name {@link #errorCode()} returns, so code that handles DynamoDB's errors handles Keyspan's
 * alike on every engine. Errors raised in the application's own process, which DynamoDB has no name
 * for, extend {@link ClientSideException}.
 */
public abstract class KeyspanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected KeyspanException(String message) {
    super(message);
  }

  protected KeyspanException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * DynamoDB's name for this error, as in the {@code __type} of a wire error; for a {@link
   * ClientSideException}, Keyspan's own name, which never appears on DynamoDB's wire.
   */
  public abstract String errorCode();

  /** Whether retrying the same request later may succeed (throttling, conflicts, 5xx). */
  public boolean isRetryable() {
    return false;
  }
}
