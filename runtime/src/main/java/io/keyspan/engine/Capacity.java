package io.keyspan.engine;

/** Capacity units consumed on one table or index. Read or write units are 0 when not consumed. */
public record Capacity(double capacityUnits, double readCapacityUnits, double writeCapacityUnits) {
  public static final Capacity ZERO = new Capacity(0, 0, 0);

  public static Capacity read(double units) {
    return new Capacity(units, units, 0);
  }

  public static Capacity write(double units) {
    return new Capacity(units, 0, units);
  }

  public Capacity plus(Capacity other) {
    return new Capacity(
        capacityUnits + other.capacityUnits,
        readCapacityUnits + other.readCapacityUnits,
        writeCapacityUnits + other.writeCapacityUnits);
  }
}
