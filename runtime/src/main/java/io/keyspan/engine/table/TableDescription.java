package io.keyspan.engine.table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A table as described by CreateTable, DescribeTable, UpdateTable and DeleteTable.
 *
 * @param provisionedThroughput the table's capacity when provisioned; null on demand
 * @param itemCount the number of items (DynamoDB refreshes it about every six hours; engines may be
 *     exact)
 * @param tableSizeBytes the total size of the items, by DynamoDB's size rule
 * @param streamSpecification the stream setting; {@link StreamSpecification#DISABLED} when the
 *     table has no enabled stream
 * @param latestStreamArn the table's most recent stream, enabled or not; null if it never had one
 * @param latestStreamLabel that stream's label; null if it never had one
 */
public record TableDescription(
    String tableName,
    TableStatus tableStatus,
    List<AttributeDefinition> attributeDefinitions,
    List<KeySchemaElement> keySchema,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    List<IndexDescription> globalSecondaryIndexes,
    List<IndexDescription> localSecondaryIndexes,
    long itemCount,
    long tableSizeBytes,
    Instant creationDateTime,
    StreamSpecification streamSpecification,
    String latestStreamArn,
    String latestStreamLabel) {
  public TableDescription {
    streamSpecification =
        streamSpecification == null ? StreamSpecification.DISABLED : streamSpecification;
    attributeDefinitions = List.copyOf(attributeDefinitions);
    keySchema = List.copyOf(keySchema);
    globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
  }

  /** The partition key's attribute name. */
  public String partitionKey() {
    return keyOf(keySchema, KeyType.HASH).orElseThrow();
  }

  /** The sort key's attribute name, if the table has one. */
  public Optional<String> sortKey() {
    return keyOf(keySchema, KeyType.RANGE);
  }

  /** The index with this name, global or local. */
  public Optional<IndexDescription> index(String indexName) {
    return java.util.stream.Stream.concat(
            globalSecondaryIndexes.stream(), localSecondaryIndexes.stream())
        .filter(index -> index.indexName().equals(indexName))
        .findFirst();
  }

  static Optional<String> keyOf(List<KeySchemaElement> keySchema, KeyType type) {
    return keySchema.stream()
        .filter(element -> element.keyType() == type)
        .map(KeySchemaElement::attributeName)
        .findFirst();
  }
}
