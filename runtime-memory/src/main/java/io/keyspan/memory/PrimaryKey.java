package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** An item's primary key in one table: its partition and, when the table has one, sort value. */
record PrimaryKey(HashedPartitionKey partition, AttributeValue sort)
    implements Comparable<PrimaryKey> {

  static PrimaryKey of(TypedKeySchema key, Map<String, AttributeValue> item) {
    return new PrimaryKey(HashedPartitionKey.of(key.partitionOf(item)), key.sortOf(item));
  }

  EntryKey entry() {
    return EntryKey.of(sort);
  }

  /** The key as an attribute map, as DynamoDB returns keys. */
  Map<String, AttributeValue> toMap(TypedKeySchema key) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    map.put(key.partitionName(), partition.value());
    if (key.hasSort()) {
      map.put(key.sortName(), sort);
    }
    return map;
  }

  @Override
  public int compareTo(PrimaryKey other) {
    int byPartition = partition.compareTo(other.partition);
    if (byPartition != 0 || sort == null) {
      return byPartition;
    }
    return EntryKey.of(sort).compareTo(EntryKey.of(other.sort));
  }
}
