package io.keyspan.exception;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A transaction was cancelled and none of its actions took effect. {@link #reasons()} holds one
 * reason per action, in request order.
 */
public final class TransactionCanceledException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  // Keyspan values, which are not Serializable: the reasons are for the code that catches the
  // exception, and Java serialization of exceptions is no part of the API.
  @SuppressWarnings("serial")
  private final List<CancellationReason> reasons;

  public TransactionCanceledException(List<CancellationReason> reasons) {
    this(defaultMessage(reasons), reasons);
  }

  public TransactionCanceledException(String message, List<CancellationReason> reasons) {
    super(message);
    this.reasons = List.copyOf(reasons);
  }

  public List<CancellationReason> reasons() {
    return reasons;
  }

  /** DynamoDB's text: "Transaction cancelled, please refer cancellation reasons for ...". */
  public static String defaultMessage(List<CancellationReason> reasons) {
    return "Transaction cancelled, please refer cancellation reasons for specific reasons "
        + reasons.stream()
            .map(CancellationReason::code)
            .collect(Collectors.joining(", ", "[", "]"));
  }

  @Override
  public String errorCode() {
    return "TransactionCanceledException";
  }
}
