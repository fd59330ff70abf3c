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
   * @param partitionKey the index's partition key property; for a local index, the table's
   * @param sortKey null when the index has no sort key
   */
  public record Index(
      String name,
      boolean global,
      Property partitionKey,
      Property sortKey,
      String projection,
      List<String> nonKeyAttributes,
      long readCapacity,
      long writeCapacity) {
    public Index {
      nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
  }
}
