package io.keyspan.memory;

import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A global or local secondary index of a table: its key and the attributes it projects.
 *
 * @param throughput the GSI's own capacity on a provisioned table; null otherwise
 */
record SecondaryIndex(
    String name,
    boolean global,
    TypedKeySchema key,
    IndexProjection projection,
    ProvisionedThroughput throughput) {

  /**
   * Whether the item appears in this index: it has every index key attribute (sparse index), of the
   * index's type and not empty. Writes reject items that break the last two rules; a GSI created
   * later simply leaves such items out, as DynamoDB's backfill does.
   */
  boolean covers(Map<String, AttributeValue> item) {
    if (item == null) {
      return false;
    }
    for (String name : key.names()) {
      AttributeValue value = item.get(name);
      if (value == null
          || value.type() != key.typeOf(name).valueType()
          || KeyValidator.isEmpty(value)) {
        return false;
      }
    }
    return true;
  }

  /** The item's partition in this index. */
  HashedPartitionKey partition(Map<String, AttributeValue> item) {
    return HashedPartitionKey.of(key.partitionOf(item));
  }

  EntryKey entryKey(PrimaryKey tableKey, Map<String, AttributeValue> item) {
    return EntryKey.of(key.sortOf(item), tableKey);
  }

  /** Whether the index holds this attribute of its items. */
  boolean projects(String attribute, TypedKeySchema tableKey) {
    return projection.projectionType() == ProjectionType.ALL
        || key.contains(attribute)
        || tableKey.contains(attribute)
        || projection.nonKeyAttributes().contains(attribute);
  }

  /** The item as this index stores it: the projected attributes only. */
  Map<String, AttributeValue> project(Map<String, AttributeValue> item, TypedKeySchema tableKey) {
    if (projection.projectionType() == ProjectionType.ALL) {
      return item;
    }
    Map<String, AttributeValue> projected = new LinkedHashMap<>();
    item.forEach(
        (name, value) -> {
          if (projects(name, tableKey)) {
            projected.put(name, value);
          }
        });
    return projected;
  }
}
