package io.keyspan.engine.table;

import java.util.List;

/**
 * A global secondary index: its own partition key and optional sort key, any attributes of the
 * table, eventually consistent, sparse (items lacking an index key are not in it).
 *
 * <p>Each key may be made of several attributes: up to {@link #MAX_PARTITION_ATTRIBUTES} HASH
 * elements followed by up to {@link #MAX_SORT_ATTRIBUTES} RANGE elements, in the order that gives
 * them their meaning (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 *
 * @param keySchema the HASH elements, then the RANGE elements, each in key order
 * @param provisionedThroughput the index's own capacity on a provisioned table; null otherwise
 */
public record GlobalSecondaryIndex(
    String indexName,
    List<KeySchemaElement> keySchema,
    IndexProjection projection,
    ProvisionedThroughput provisionedThroughput) {
  /** The most attributes a GSI partition key may be made of. */
  public static final int MAX_PARTITION_ATTRIBUTES = 4;

  /** The most attributes a GSI sort key may be made of. */
  public static final int MAX_SORT_ATTRIBUTES = 4;

  public GlobalSecondaryIndex {
    keySchema = List.copyOf(keySchema);
    if (indexName == null || projection == null) {
      throw new NullPointerException("index name and projection");
    }
  }
}
