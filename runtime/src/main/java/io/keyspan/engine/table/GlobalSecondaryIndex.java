package io.keyspan.engine.table;

import java.util.List;

/**
 * A global secondary index: its own partition key and optional sort key, any attributes of the
 * table, eventually consistent, sparse (items lacking an index key are not in it).
 *
 * @param provisionedThroughput the index's own capacity on a provisioned table; null otherwise
 */
public record GlobalSecondaryIndex(
    String indexName,
    List<KeySchemaElement> keySchema,
    IndexProjection projection,
    ProvisionedThroughput provisionedThroughput) {
  public GlobalSecondaryIndex {
    keySchema = List.copyOf(keySchema);
    if (indexName == null || projection == null) {
      throw new NullPointerException("index name and projection");
    }
  }
}
