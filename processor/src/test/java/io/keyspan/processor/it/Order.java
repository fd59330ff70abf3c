package io.keyspan.processor.it;

import io.keyspan.annotations.Index;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.LocalIndexSortKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import java.time.LocalDate;

/** Composite keys with a global index (partition and sort key) and a local index. */
@Table(name = "Orders")
@Index(
    name = "ByStatus",
    projection = Index.ProjectionType.INCLUDE,
    include = {"total"})
public record Order(
    @PartitionKey String customer,
    @SortKey String orderId,
    @IndexPartitionKey("ByStatus") Status status,
    @IndexSortKey("ByStatus") @LocalIndexSortKey("ByDate") LocalDate date,
    long total,
    String note) {

  public enum Status {
    NEW,
    SHIPPED
  }
}
