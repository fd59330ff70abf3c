package io.keyspan.memory;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ProvisionedThroughput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A table's immutable settings: keys, indexes and billing. UpdateTable makes a new one. */
record TableSettings(
    String name,
    List<AttributeDefinition> attributeDefinitions,
    List<KeySchemaElement> keySchema,
    TypedKeySchema key,
    List<SecondaryIndex> globalIndexes,
    List<SecondaryIndex> localIndexes,
    BillingMode billingMode,
    ProvisionedThroughput throughput,
    Instant created) {

  TableSettings {
    attributeDefinitions = List.copyOf(attributeDefinitions);
    keySchema = List.copyOf(keySchema);
    globalIndexes = List.copyOf(globalIndexes);
    localIndexes = List.copyOf(localIndexes);
  }

  /**
   * The global indexes, then the local ones, as a list; allocates only when the table has both
   * kinds, as writes walk it on every item.
   */
  List<SecondaryIndex> allIndexes() {
    if (localIndexes.isEmpty()) {
      return globalIndexes;
    }
    if (globalIndexes.isEmpty()) {
      return localIndexes;
    }
    return indexes().toList();
  }

  Stream<SecondaryIndex> indexes() {
    return Stream.concat(globalIndexes.stream(), localIndexes.stream());
  }

  Optional<SecondaryIndex> index(String indexName) {
    return indexes().filter(index -> index.name().equals(indexName)).findFirst();
  }

  TableSettings with(
      List<AttributeDefinition> definitions,
      List<SecondaryIndex> globals,
      BillingMode billing,
      ProvisionedThroughput provisioned) {
    return new TableSettings(
        name, definitions, keySchema, key, globals, localIndexes, billing, provisioned, created);
  }
}
