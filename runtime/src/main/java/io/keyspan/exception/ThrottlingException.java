package io.keyspan.exception;

/**
 * DynamoDB throttled the request for a reason other than a table's provisioned throughput (the
 * account's or an on-demand table's limits, control plane rates); retry with backoff. See
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html
 */
public final class ThrottlingException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ThrottlingException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ThrottlingException";
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
