package io.keyspan.schema;

import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.ProvisionedThroughput;
import java.util.Objects;
import java.util.Optional;

/**
 * A secondary index as declared by the annotations.
 *
 * @param global true for a global secondary index, false for a local one
 * @param sortKey null when the index has a partition key only
 * @param throughput the GSI's capacity on a provisioned table; null to use the table's
 */
public record IndexDefinition(
    String name,
    boolean global,
    KeyDefinition partitionKey,
    KeyDefinition sortKey,
    IndexProjection projection,
    ProvisionedThroughput throughput) {
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(projection, "projection");
  }

  /** A global secondary index. */
  public static IndexDefinition global(
      String name,
      KeyDefinition partitionKey,
      KeyDefinition sortKey,
      IndexProjection projection,
      ProvisionedThroughput throughput) {
    return new IndexDefinition(name, true, partitionKey, sortKey, projection, throughput);
  }

  /** A local secondary index: the table's partition key with another sort key. */
  public static IndexDefinition local(
      String name, KeyDefinition partitionKey, KeyDefinition sortKey, IndexProjection projection) {
    return new IndexDefinition(name, false, partitionKey, sortKey, projection, null);
  }

  public Optional<KeyDefinition> sortKeyIfAny() {
    return Optional.ofNullable(sortKey);
  }
}
