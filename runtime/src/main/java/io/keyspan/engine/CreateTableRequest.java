package io.keyspan.engine;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.StreamSpecification;
import java.util.List;
import java.util.Objects;

/**
 * CreateTable.
 *
 * @param billingMode PROVISIONED (the default) or PAY_PER_REQUEST
 * @param provisionedThroughput required when provisioned, absent (null) on demand
 * @param streamSpecification null or disabled for a table without a stream
 * @param tags the table's first tags, as TagResource would add them; null or empty for none
 */
public record CreateTableRequest(
    String tableName,
    List<AttributeDefinition> attributeDefinitions,
    List<KeySchemaElement> keySchema,
    List<GlobalSecondaryIndex> globalSecondaryIndexes,
    List<LocalSecondaryIndex> localSecondaryIndexes,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    StreamSpecification streamSpecification,
    List<Tag> tags) {
  public CreateTableRequest {
    Objects.requireNonNull(tableName, "tableName");
    attributeDefinitions = List.copyOf(attributeDefinitions);
    keySchema = List.copyOf(keySchema);
    globalSecondaryIndexes =
        globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes =
        localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
    billingMode = billingMode == null ? BillingMode.PROVISIONED : billingMode;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
