package io.keyspan.test;

import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.InternalServerErrorException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.exception.ThrottlingException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.TransactionConflictException;
import java.util.List;

/**
 * The exceptions an engine throws for injected failures, with DynamoDB's messages
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html).
 */
final class FaultFailures {
  static final String PROVISIONED_THROUGHPUT_EXCEEDED =
      "The level of configured provisioned throughput for the table was exceeded. "
          + "Consider increasing your provisioning level with the UpdateTable API.";
  static final String THROTTLING = "Rate of requests exceeds the allowed throughput.";
  static final String INTERNAL_SERVER_ERROR = "Internal server error";
  static final String TRANSACTION_CONFLICT = "Transaction is ongoing for the item";

  private FaultFailures() {}

  static KeyspanException of(Fault fault, EngineCall call, List<EngineCall.Item> affected) {
    if (fault instanceof Fault.ProvisionedThroughputExceeded) {
      return new ProvisionedThroughputExceededException(PROVISIONED_THROUGHPUT_EXCEEDED);
    }
    if (fault instanceof Fault.Throttling) {
      return new ThrottlingException(THROTTLING);
    }
    if (fault instanceof Fault.InternalServerError) {
      return new InternalServerErrorException(INTERNAL_SERVER_ERROR);
    }
    if (fault instanceof Fault.TransactionConflict) {
      return conflict(call, affected);
    }
    throw new IllegalStateException("Not a failure: " + fault);
  }

  /**
   * A transaction is cancelled with one reason per action (TransactionConflict on the items held by
   * the other transaction: those the rule touches, or all); a single-item call gets
   * TransactionConflictException.
   */
  private static KeyspanException conflict(EngineCall call, List<EngineCall.Item> affected) {
    if (!call.operation().isTransaction()) {
      return new TransactionConflictException(TRANSACTION_CONFLICT);
    }
    List<CancellationReason> reasons =
        call.items().stream()
            .map(
                item ->
                    affected.contains(item)
                        ? new CancellationReason("TransactionConflict", TRANSACTION_CONFLICT, null)
                        : CancellationReason.NONE)
            .toList();
    return new TransactionCanceledException(reasons);
  }
}
