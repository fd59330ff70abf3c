package io.keyspan.engine;

/** Whether a failed condition returns the item as it was. */
public enum ReturnValuesOnConditionCheckFailure {
  NONE,
  ALL_OLD
}
