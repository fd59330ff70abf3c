package io.keyspan.engine.stream;

/** A stream's state; a disabled stream stays readable for 24 hours. */
public enum StreamStatus {
  ENABLING,
  ENABLED,
  DISABLING,
  DISABLED
}
