package io.keyspan.engine.table;

import java.util.List;

/**
 * A secondary index as described by DescribeTable.
 *
 * @param global true for a GSI, false for an LSI
 * @param provisionedThroughput the GSI's capacity on a provisioned table; null otherwise
 */
public record IndexDescription(
    String indexName,
    boolean global,
    List<KeySchemaElement> keySchema,
    IndexProjection projection,
    TableStatus indexStatus,
    ProvisionedThroughput provisionedThroughput,
    long itemCount,
    long indexSizeBytes) {
  public IndexDescription {
    keySchema = List.copyOf(keySchema);
  }
}
