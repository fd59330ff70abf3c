package io.keyspan.engine.table;

/** Whether expired items of a table are deleted. */
public enum TimeToLiveStatus {
  ENABLING,
  DISABLING,
  ENABLED,
  DISABLED
}
