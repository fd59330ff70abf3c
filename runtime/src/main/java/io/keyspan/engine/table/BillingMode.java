package io.keyspan.engine.table;

/** How a table's throughput is paid for. */
public enum BillingMode {
  /** Fixed read and write capacity units per second, set per table and per GSI. */
  PROVISIONED,
  /** On demand: each request is billed by the capacity units it consumes. */
  PAY_PER_REQUEST
}
