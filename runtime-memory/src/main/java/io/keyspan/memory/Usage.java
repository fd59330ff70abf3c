package io.keyspan.memory;

import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.ReturnConsumedCapacity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Capacity units one request consumed on one table, split into the table's share and each index's,
 * for reads or for writes.
 */
record Usage(
    String tableName,
    boolean read,
    double table,
    Map<String, Double> globalIndexes,
    Map<String, Double> localIndexes) {

  Usage {
    globalIndexes = Map.copyOf(globalIndexes);
    localIndexes = Map.copyOf(localIndexes);
  }

  static Usage ofTable(String tableName, boolean read, double units) {
    return new Usage(tableName, read, units, Map.of(), Map.of());
  }

  /** A read of an index; an LSI read is billed to the table but reported under the index. */
  static Usage ofIndexRead(String tableName, SecondaryIndex index, double units) {
    Map<String, Double> share = Map.of(index.name(), units);
    return index.global()
        ? new Usage(tableName, true, 0, share, Map.of())
        : new Usage(tableName, true, 0, Map.of(), share);
  }

  Usage plus(Usage other) {
    return new Usage(
        tableName,
        read,
        table + other.table,
        sum(globalIndexes, other.globalIndexes),
        sum(localIndexes, other.localIndexes));
  }

  Usage withIndex(SecondaryIndex index, double units) {
    if (units == 0) {
      return this;
    }
    Map<String, Double> share = Map.of(index.name(), units);
    return index.global()
        ? new Usage(tableName, read, table, sum(globalIndexes, share), localIndexes)
        : new Usage(tableName, read, table, globalIndexes, sum(localIndexes, share));
  }

  double total() {
    return table
        + globalIndexes.values().stream().mapToDouble(Double::doubleValue).sum()
        + localIndexes.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * The report for {@code level}, or null for NONE. The usage is worked out only when a report was
   * asked for: index entries' sizes and projections cost more than the write they describe.
   */
  static ConsumedCapacity reported(ReturnConsumedCapacity level, Supplier<Usage> usage) {
    return level == ReturnConsumedCapacity.NONE ? null : usage.get().report(level);
  }

  /** The report DynamoDB returns for this level of detail; null for NONE. */
  ConsumedCapacity report(ReturnConsumedCapacity level) {
    if (level == ReturnConsumedCapacity.NONE) {
      return null;
    }
    Capacity total = capacity(total());
    if (level == ReturnConsumedCapacity.TOTAL) {
      return ConsumedCapacity.total(tableName, total);
    }
    return new ConsumedCapacity(
        tableName,
        total.capacityUnits(),
        total.readCapacityUnits(),
        total.writeCapacityUnits(),
        capacity(table),
        capacities(globalIndexes),
        capacities(localIndexes));
  }

  private Capacity capacity(double units) {
    return read ? Capacity.read(units) : Capacity.write(units);
  }

  private Map<String, Capacity> capacities(Map<String, Double> units) {
    Map<String, Capacity> result = new LinkedHashMap<>();
    units.forEach((name, value) -> result.put(name, capacity(value)));
    return result;
  }

  private static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> result = new LinkedHashMap<>(a);
    b.forEach((name, value) -> result.merge(name, value, Double::sum));
    return result;
  }
}
