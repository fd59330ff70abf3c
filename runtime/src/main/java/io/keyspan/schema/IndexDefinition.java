package io.keyspan.schema;

import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.ProvisionedThroughput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A secondary index as declared by the annotations.
 *
 * <p>A global index's partition key and sort key may each be made of up to four attributes, in key
 * order (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html);
 * a local index has one sort attribute under the table's partition key.
 *
 * @param global true for a global secondary index, false for a local one
 * @param partitionKeys the partition key's attributes, in key order; at least one
 * @param sortKeys the sort key's attributes, in key order; empty when the index has no sort key
 * @param throughput the GSI's capacity on a provisioned table; null to use the table's
 */
public record IndexDefinition(
    String name,
    boolean global,
    List<KeyDefinition> partitionKeys,
    List<KeyDefinition> sortKeys,
    IndexProjection projection,
    ProvisionedThroughput throughput) {
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    partitionKeys = List.copyOf(partitionKeys);
    sortKeys = List.copyOf(sortKeys);
    Objects.requireNonNull(projection, "projection");
    if (partitionKeys.isEmpty()) {
      throw new IllegalArgumentException("The index " + name + " has no partition key");
    }
  }

  /** A global secondary index with a single-attribute partition key and sort key (or none). */
  public static IndexDefinition global(
      String name,
      KeyDefinition partitionKey,
      KeyDefinition sortKey,
      IndexProjection projection,
      ProvisionedThroughput throughput) {
    return new IndexDefinition(
        name, true, List.of(partitionKey), optional(sortKey), projection, throughput);
  }

  /**
   * A global secondary index whose partition key and sort key may each be several attributes, in
   * key order; {@code sortKeys} empty for an index without a sort key.
   */
  public static IndexDefinition global(
      String name,
      List<KeyDefinition> partitionKeys,
      List<KeyDefinition> sortKeys,
      IndexProjection projection,
      ProvisionedThroughput throughput) {
    return new IndexDefinition(name, true, partitionKeys, sortKeys, projection, throughput);
  }

  /** A local secondary index: the table's partition key with another sort key. */
  public static IndexDefinition local(
      String name, KeyDefinition partitionKey, KeyDefinition sortKey, IndexProjection projection) {
    return new IndexDefinition(
        name, false, List.of(partitionKey), optional(sortKey), projection, null);
  }

  /** The partition key's first attribute: the whole partition key unless it has several. */
  public KeyDefinition partitionKey() {
    return partitionKeys.get(0);
  }

  /** The sort key's first attribute: the whole sort key unless it has several; null if none. */
  public KeyDefinition sortKey() {
    return sortKeys.isEmpty() ? null : sortKeys.get(0);
  }

  public Optional<KeyDefinition> sortKeyIfAny() {
    return Optional.ofNullable(sortKey());
  }

  /** Whether the partition key or the sort key is made of several attributes. */
  public boolean multiAttribute() {
    return partitionKeys.size() > 1 || sortKeys.size() > 1;
  }

  /** Every key attribute of the index: the partition key's, then the sort key's, in key order. */
  public List<KeyDefinition> keys() {
    List<KeyDefinition> keys = new ArrayList<>(partitionKeys);
    keys.addAll(sortKeys);
    return List.copyOf(keys);
  }

  private static List<KeyDefinition> optional(KeyDefinition key) {
    return key == null ? List.of() : List.of(key);
  }
}
