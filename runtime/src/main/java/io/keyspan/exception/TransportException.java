package io.keyspan.exception;

/**
 * The engine could not send a request or read its answer: no connection to the endpoint, a timeout,
 * an unknown host, missing credentials. The message names the endpoint; the cause is the client
 * library's own exception. Nothing is known about whether a write took effect.
 */
public final class TransportException extends ClientSideException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;

  public TransportException(String message, Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  @Override
  public String errorCode() {
    return "TransportException";
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
