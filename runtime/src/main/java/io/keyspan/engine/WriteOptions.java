package io.keyspan.engine;

import io.keyspan.expression.Condition;

/**
 * What PutItem, UpdateItem and DeleteItem share beside their table and item: the condition and what
 * to return.
 *
 * @param condition a condition the current item must meet; null for none
 * @param returnValues what to return of the item (PutItem and DeleteItem: NONE or ALL_OLD)
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the item
 * @param returnConsumedCapacity whether to report consumed capacity
 * @param returnItemCollectionMetrics whether to report the size of the touched item collection
 */
public record WriteOptions(
    Condition condition,
    ReturnValue returnValues,
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics) {

  /** No condition and DynamoDB's defaults: return nothing, report nothing. */
  public static final WriteOptions DEFAULTS = new WriteOptions(null, null, null, null, null);

  /** Options that report no item collection metrics. */
  public WriteOptions(
      Condition condition,
      ReturnValue returnValues,
      ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
      ReturnConsumedCapacity returnConsumedCapacity) {
    this(
        condition,
        returnValues,
        returnValuesOnConditionCheckFailure,
        returnConsumedCapacity,
        ReturnItemCollectionMetrics.NONE);
  }

  /** {@code options}, or {@link #DEFAULTS} when null. */
  static WriteOptions orDefaults(WriteOptions options) {
    return options == null ? DEFAULTS : options;
  }

  public WriteOptions {
    returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
    returnValuesOnConditionCheckFailure =
        returnValuesOnConditionCheckFailure == null
            ? ReturnValuesOnConditionCheckFailure.NONE
            : returnValuesOnConditionCheckFailure;
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
    returnItemCollectionMetrics = ReturnItemCollectionMetrics.orNone(returnItemCollectionMetrics);
  }

  /**
   * The option setters of the PutItem, UpdateItem and DeleteItem request builders.
   *
   * @param <B> the request's builder, returned by every setter
   */
  public abstract static class Builder<B extends Builder<B>> {
    private Condition condition;
    private ReturnValue returnValues;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;

    Builder() {}

    public B condition(Condition condition) {
      this.condition = condition;
      return self();
    }

    public B returnValues(ReturnValue returnValues) {
      this.returnValues = returnValues;
      return self();
    }

    public B returnValuesOnConditionCheckFailure(
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
      this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
      return self();
    }

    public B returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return self();
    }

    public B returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
      this.returnItemCollectionMetrics = returnItemCollectionMetrics;
      return self();
    }

    /** Starts from {@code options}, as a request's {@code toBuilder()} does. */
    B options(WriteOptions options) {
      condition = options.condition();
      returnValues = options.returnValues();
      returnValuesOnConditionCheckFailure = options.returnValuesOnConditionCheckFailure();
      returnConsumedCapacity = options.returnConsumedCapacity();
      returnItemCollectionMetrics = options.returnItemCollectionMetrics();
      return self();
    }

    WriteOptions options() {
      return new WriteOptions(
          condition,
          returnValues,
          returnValuesOnConditionCheckFailure,
          returnConsumedCapacity,
          returnItemCollectionMetrics);
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }
  }
}
