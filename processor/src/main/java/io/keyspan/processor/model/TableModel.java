package io.keyspan.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * What {@code @Table} declares, and the indexes collected from the index-key annotations.
 *
 * @param onDemand PAY_PER_REQUEST billing; otherwise provisioned with the capacities
 */
public record TableModel(
    String name,
    AnnotationMirror annotation,
    boolean onDemand,
    long readCapacity,
    long writeCapacity,
    List<Index> indexes) {
  public TableModel {
    indexes = List.copyOf(indexes);
  }

  /**
   * A secondary index.
   *
   * @param partitionKeys the index's partition key properties in key order, one unless a global
   *     index declares a multi-attribute key; for a local index, the table's partition key
   * @param sortKeys the index's sort key properties in key order; empty when it has no sort key
   */
  public record Index(
      String name,
      boolean global,
      List<Property> partitionKeys,
      List<Property> sortKeys,
      String projection,
      List<String> nonKeyAttributes,
      long readCapacity,
      long writeCapacity) {
    public Index {
      partitionKeys = List.copyOf(partitionKeys);
      sortKeys = List.copyOf(sortKeys);
      nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    /** The partition key's first property: the whole partition key unless it has several. */
    public Property partitionKey() {
      return partitionKeys.get(0);
    }

    /** The sort key's first property, the whole sort key unless it has several; null if none. */
    public Property sortKey() {
      return sortKeys.isEmpty() ? null : sortKeys.get(0);
    }

    /** Whether the partition key or the sort key is made of several attributes. */
    public boolean multiAttribute() {
      return partitionKeys.size() > 1 || sortKeys.size() > 1;
    }
  }
}
