package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.Map;
import java.util.Objects;

/**
 * Capacity units by DynamoDB's rules (Developer Guide: read-write-operations, "Capacity unit
 * consumption for read operations / for write operations"; GSI.html#GSI.ThroughputConsiderations
 * and LSI.html#LSI.ThroughputConsiderations for index writes).
 *
 * <ul>
 *   <li>Reads: one unit per 4 KB, rounded up, at least one; half for eventually consistent reads,
 *       double for transactional ones. Query and Scan round the sum of the evaluated items once.
 *   <li>Writes: one unit per 1 KB, rounded up, at least one; PutItem and UpdateItem use the larger
 *       of the old and new item, DeleteItem the deleted item; double for transactions.
 *   <li>Index writes: an item entering an index costs one write of its projected entry, leaving it
 *       one write of the old entry, changing its index key two writes (delete plus put), and
 *       changing projected attributes one write of the larger entry; no change costs nothing.
 * </ul>
 */
final class Costs {
  private Costs() {}

  static final int READ_UNIT_BYTES = 4096;
  static final int WRITE_UNIT_BYTES = 1024;

  /** How a read is served; the factor multiplies the strongly consistent cost. */
  enum Consistency {
    EVENTUAL(0.5),
    STRONG(1),
    TRANSACTIONAL(2);

    final double factor;

    Consistency(double factor) {
      this.factor = factor;
    }

    static Consistency of(boolean consistentRead) {
      return consistentRead ? STRONG : EVENTUAL;
    }
  }

  static double readUnits(long bytes, Consistency consistency) {
    return Math.max(1, ceilDiv(bytes, READ_UNIT_BYTES)) * consistency.factor;
  }

  static double writeUnits(long bytes, boolean transactional) {
    return Math.max(1, ceilDiv(bytes, WRITE_UNIT_BYTES)) * (transactional ? 2 : 1);
  }

  /** The cost of replacing {@code old} by {@code updated} (either null when absent). */
  static Usage write(
      TableSettings table,
      Map<String, AttributeValue> old,
      Map<String, AttributeValue> updated,
      boolean transactional) {
    return write(table, old, size(old), updated, size(updated), transactional);
  }

  /** As {@link #write(TableSettings, Map, Map, boolean)}, with the items' sizes known. */
  static Usage write(
      TableSettings table,
      Map<String, AttributeValue> old,
      long oldSize,
      Map<String, AttributeValue> updated,
      long updatedSize,
      boolean transactional) {
    long bytes = Math.max(oldSize, updatedSize);
    Usage usage = Usage.ofTable(table.name(), false, writeUnits(bytes, transactional));
    for (SecondaryIndex index : table.allIndexes()) {
      usage = usage.withIndex(index, indexWrite(table, index, old, updated, transactional));
    }
    return usage;
  }

  private static double indexWrite(
      TableSettings table,
      SecondaryIndex index,
      Map<String, AttributeValue> old,
      Map<String, AttributeValue> updated,
      boolean transactional) {
    Map<String, AttributeValue> before = index.covers(old) ? index.project(old, table.key()) : null;
    Map<String, AttributeValue> after =
        index.covers(updated) ? index.project(updated, table.key()) : null;
    if (before == null && after == null) {
      return 0;
    }
    if (before == null) {
      return writeUnits(ItemSize.of(after), transactional);
    }
    if (after == null) {
      return writeUnits(ItemSize.of(before), transactional);
    }
    boolean keyChanged =
        index.key().names().stream()
            .anyMatch(name -> !Objects.equals(before.get(name), after.get(name)));
    if (keyChanged) {
      return writeUnits(ItemSize.of(before), transactional)
          + writeUnits(ItemSize.of(after), transactional);
    }
    if (before.equals(after)) {
      return 0;
    }
    return writeUnits(Math.max(ItemSize.of(before), ItemSize.of(after)), transactional);
  }

  private static long size(Map<String, AttributeValue> item) {
    return item == null ? 0 : ItemSize.of(item);
  }

  private static long ceilDiv(long bytes, int unit) {
    return (bytes + unit - 1) / unit;
  }
}
