package io.keyspan.dynamodb;

import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * What one operation produced on one engine, in a form two engines' results can be compared in: a
 * result value (records, lists, maps and multisets of items, all comparing by value), or an error
 * with its type, DynamoDB's message and what else it carried.
 *
 * @param result the normalised result; null for an error
 * @param errorType the error's DynamoDB code; null for a result
 * @param message the error's message
 * @param detail the item of a failed condition, or the cancellation reasons of a transaction
 */
record Outcome(Object result, String errorType, String message, Object detail) {

  static Outcome of(Object result) {
    return new Outcome(result, null, null, null);
  }

  static Outcome of(KeyspanException error) {
    Object detail = null;
    if (error instanceof ConditionalCheckFailedException failed) {
      detail = failed.item().orElse(null);
    } else if (error instanceof TransactionCanceledException canceled) {
      detail = canceled.reasons();
    }
    return new Outcome(null, error.errorCode(), error.getMessage(), detail);
  }

  boolean isError() {
    return errorType != null;
  }

  /** The item a failed condition carried, if any. */
  @SuppressWarnings("unchecked")
  Map<String, AttributeValue> conditionItem() {
    return detail instanceof Map<?, ?> item ? (Map<String, AttributeValue>) item : null;
  }

  @Override
  public String toString() {
    return isError()
        ? errorType + ": " + message + (detail == null ? "" : " " + detail)
        : String.valueOf(result);
  }
}
