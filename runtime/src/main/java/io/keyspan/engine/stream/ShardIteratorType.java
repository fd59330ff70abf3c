package io.keyspan.engine.stream;

/** Where a shard iterator starts reading. */
public enum ShardIteratorType {
  /** At the oldest record still retained. */
  TRIM_HORIZON,
  /** After the newest record: only records written later. */
  LATEST,
  /** At the record with the given sequence number. */
  AT_SEQUENCE_NUMBER,
  /** Just after the record with the given sequence number. */
  AFTER_SEQUENCE_NUMBER;

  /** Whether the request must name a sequence number. */
  public boolean needsSequenceNumber() {
    return this == AT_SEQUENCE_NUMBER || this == AFTER_SEQUENCE_NUMBER;
  }
}
