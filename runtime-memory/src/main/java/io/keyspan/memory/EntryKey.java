package io.keyspan.memory;

import io.keyspan.value.AttributeValue;

/**
 * The position of an entry inside one partition: its sort value (null when the table or index has
 * no sort key; an L value for a multi-attribute sort key) and, in a secondary index, the table's
 * primary key, which breaks ties between items that share index keys. {@code edge} -1 or +1 makes a
 * bound that sorts before or after every entry with the same sort value, for range reads.
 */
record EntryKey(AttributeValue sort, int edge, PrimaryKey tableKey)
    implements Comparable<EntryKey> {

  /** The one position in a partition of a table without a sort key. */
  private static final EntryKey ONLY = new EntryKey(null, 0, null);

  static EntryKey of(AttributeValue sort) {
    return sort == null ? ONLY : new EntryKey(sort, 0, null);
  }

  static EntryKey of(AttributeValue sort, PrimaryKey tableKey) {
    return new EntryKey(sort, 0, tableKey);
  }

  static EntryKey before(AttributeValue sort) {
    return new EntryKey(sort, -1, null);
  }

  static EntryKey after(AttributeValue sort) {
    return new EntryKey(sort, 1, null);
  }

  @Override
  public int compareTo(EntryKey other) {
    if (sort != null && other.sort != null) {
      int bySort = KeyOrder.compare(sort, other.sort);
      if (bySort != 0) {
        return bySort;
      }
    }
    if (edge != other.edge) {
      return Integer.compare(edge, other.edge);
    }
    if (tableKey == null || other.tableKey == null) {
      return 0;
    }
    return tableKey.compareTo(other.tableKey);
  }
}
