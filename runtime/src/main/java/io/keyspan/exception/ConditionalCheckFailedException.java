package io.keyspan.exception;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A condition expression evaluated to false, so the write was not made. When the request asked for
 * {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}, {@link #item()} holds the item as it was.
 */
public final class ConditionalCheckFailedException extends KeyspanException {
  private static final long serialVersionUID = 1L;
  public static final String MESSAGE = "The conditional request failed";

  // An immutable copy of Keyspan values, which are not Serializable: the item is for the code
  // that catches the exception, and Java serialization of exceptions is no part of the API.
  @SuppressWarnings("serial")
  private final Map<String, AttributeValue> item;

  public ConditionalCheckFailedException(Map<String, AttributeValue> item) {
    this(MESSAGE, item);
  }

  public ConditionalCheckFailedException(String message, Map<String, AttributeValue> item) {
    super(message);
    this.item = item == null ? null : Map.copyOf(item);
  }

  /** The item as it was, when asked for and when it existed. */
  public Optional<Map<String, AttributeValue>> item() {
    return Optional.ofNullable(item);
  }

  @Override
  public String errorCode() {
    return "ConditionalCheckFailedException";
  }
}
