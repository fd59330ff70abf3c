package io.keyspan.exception;

/** Requests exceeded the provisioned throughput or were throttled; retry with backoff. */
public final class ProvisionedThroughputExceededException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ProvisionedThroughputExceededException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ProvisionedThroughputExceededException";
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
