package io.keyspan.engine.stream;

/** The kind of change a stream record describes. */
public enum EventName {
  /** A new item was added. */
  INSERT,
  /** An existing item was changed (a put over it, or an update). */
  MODIFY,
  /** An item was deleted, by a request or by time to live. */
  REMOVE
}
