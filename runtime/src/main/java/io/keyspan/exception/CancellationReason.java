package io.keyspan.exception;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * Why one action of a cancelled transaction failed, or {@code None} when it did not. Reasons are
 * aligned with the request's actions.
 *
 * @param code {@code None}, {@code ConditionalCheckFailed}, {@code ValidationError}, {@code
 *     TransactionConflict}, {@code ItemCollectionSizeLimitExceeded}, {@code
 *     ProvisionedThroughputExceeded} or {@code ThrottlingError}
 * @param message the reason's message; absent for {@code None}
 * @param item the item as it was, for a failed condition that asked for {@code ALL_OLD}
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {
  public static final CancellationReason NONE = new CancellationReason("None", null, null);

  public CancellationReason {
    if (code == null) {
      throw new NullPointerException("code");
    }
    item = item == null ? null : Map.copyOf(item);
  }

  public static CancellationReason conditionalCheckFailed(Map<String, AttributeValue> item) {
    return new CancellationReason("ConditionalCheckFailed", "The conditional request failed", item);
  }

  public static CancellationReason validationError(String message) {
    return new CancellationReason("ValidationError", message, null);
  }

  public Optional<String> messageIfAny() {
    return Optional.ofNullable(message);
  }

  public Optional<Map<String, AttributeValue>> itemIfAny() {
    return Optional.ofNullable(item);
  }
}
