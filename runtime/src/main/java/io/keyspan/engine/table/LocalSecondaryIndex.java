package io.keyspan.engine.table;

import java.util.List;

/**
 * A local secondary index: the table's partition key with another sort key. It can be read strongly
 * consistently, and each partition-key value's item collection is limited to 10 GB.
 */
public record LocalSecondaryIndex(
    String indexName, List<KeySchemaElement> keySchema, IndexProjection projection) {
  public LocalSecondaryIndex {
    keySchema = List.copyOf(keySchema);
    if (indexName == null || projection == null) {
      throw new NullPointerException("index name and projection");
    }
  }
}
