package io.keyspan.test;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Faults} rule does to the calls it matches. The failures are DynamoDB's, with its
 * messages, as documented at
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */
public sealed interface Fault {

  /** {@code ProvisionedThroughputExceededException}: the table's capacity is exhausted. */
  record ProvisionedThroughputExceeded() implements Fault {}

  /** {@code ThrottlingException}: throttled for a reason other than the table's capacity. */
  record Throttling() implements Fault {}

  /** {@code InternalServerError} (HTTP 500). */
  record InternalServerError() implements Fault {}

  /**
   * A concurrent transaction holds the matched items: a transaction is cancelled with the reason
   * {@code TransactionConflict} on each of them ({@code None} on the other actions); a single-item
   * write or read fails with {@code TransactionConflictException}.
   */
  record TransactionConflict() implements Fault {}

  /**
   * A batch leaves the matched items (or keys) in {@code UnprocessedItems} ({@code
   * UnprocessedKeys}) and processes the rest.
   */
  record Unprocessed() implements Fault {}

  /** The call is answered normally, after {@code duration}. */
  record Latency(Duration duration) implements Fault {
    public Latency {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("Latency must be positive; got " + duration);
      }
    }
  }
}
