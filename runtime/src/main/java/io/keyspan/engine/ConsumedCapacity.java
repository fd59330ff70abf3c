package io.keyspan.engine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity units one request consumed on one table, as DynamoDB reports it: the total and, for
 * {@link ReturnConsumedCapacity#INDEXES}, the share of the table and of each index.
 *
 * @param table the table's own share; null unless INDEXES was asked for
 * @param globalSecondaryIndexes each global index's share, by index name in sorted order
 * @param localSecondaryIndexes each local index's share, by index name in sorted order
 */
public record ConsumedCapacity(
    String tableName,
    double capacityUnits,
    double readCapacityUnits,
    double writeCapacityUnits,
    Capacity table,
    Map<String, Capacity> globalSecondaryIndexes,
    Map<String, Capacity> localSecondaryIndexes) {
  public ConsumedCapacity {
    globalSecondaryIndexes = sortedCopy(globalSecondaryIndexes);
    localSecondaryIndexes = sortedCopy(localSecondaryIndexes);
  }

  // Sorted by name, not Map.copyOf's per-JVM order: reports print and serialise the same every run.
  private static Map<String, Capacity> sortedCopy(Map<String, Capacity> byIndex) {
    return byIndex == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(byIndex));
  }

  /** A total-only report. */
  public static ConsumedCapacity total(String tableName, Capacity total) {
    return new ConsumedCapacity(
        tableName,
        total.capacityUnits(),
        total.readCapacityUnits(),
        total.writeCapacityUnits(),
        null,
        Map.of(),
        Map.of());
  }
}
