package io.keyspan.engine.table;

/** Provisioned read and write capacity units per second. */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
  public static ProvisionedThroughput of(long readCapacityUnits, long writeCapacityUnits) {
    return new ProvisionedThroughput(readCapacityUnits, writeCapacityUnits);
  }
}
