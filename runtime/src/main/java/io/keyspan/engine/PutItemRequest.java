package io.keyspan.engine;

import io.keyspan.expression.Condition;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * PutItem: creates or replaces a whole item, optionally under a condition.
 *
 * @param tableName the table
 * @param item the whole item, key attributes included
 * @param condition a condition the current item must meet; null for none
 * @param returnValues NONE or ALL_OLD
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the item
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record PutItemRequest(
    String tableName,
    Map<String, AttributeValue> item,
    Condition condition,
    ReturnValue returnValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
    ReturnConsumedCapacity returnConsumedCapacity) {
  public PutItemRequest {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(item, "item");
    item = Map.copyOf(item);
    returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
    returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure == null ? ReturnValuesOnConditionCheckFailure.NONE : returnValuesOnConditionCheckFailure;
    returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
  }

  /** A request with the required fields and every other field at its default. */
  public static Builder builder(String tableName, Map<String, AttributeValue> item) {
    return new Builder(tableName, item);
  }

  /** A builder starting from this request's fields. */
  public Builder toBuilder() {
    Builder builder = new Builder(tableName, item);
    builder.condition = condition;
    builder.returnValues = returnValues;
    builder.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
    builder.returnConsumedCapacity = returnConsumedCapacity;
    return builder;
  }

  /** Builds a {@link PutItemRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder {
    private final String tableName;
    private final Map<String, AttributeValue> item;
    private Condition condition;
    private ReturnValue returnValues;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;
    private ReturnConsumedCapacity returnConsumedCapacity;

    private Builder(String tableName, Map<String, AttributeValue> item) {
      this.tableName = tableName;
      this.item = item;
    }

    public Builder condition(Condition condition) {
      this.condition = condition;
      return this;
    }

    public Builder returnValues(ReturnValue returnValues) {
      this.returnValues = returnValues;
      return this;
    }

    public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
      this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public PutItemRequest build() {
      return new PutItemRequest(tableName, item, condition, returnValues, returnValuesOnConditionCheckFailure, returnConsumedCapacity);
    }
  }
}
