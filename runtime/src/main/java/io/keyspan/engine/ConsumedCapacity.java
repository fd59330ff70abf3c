package io.keyspan.engine;

import java.util.Map;

/**
 * The capacity units one request consumed on one table, as DynamoDB reports it: the total and,
 * for {@link ReturnConsumedCapacity#INDEXES}, the share of the table and of each index.
 *
 * @param table the table's own share; null unless INDEXES was asked for
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
    globalSecondaryIndexes =
        globalSecondaryIndexes == null ? Map.of() : Map.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes =
        localSecondaryIndexes == null ? Map.of() : Map.copyOf(localSecondaryIndexes);
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
