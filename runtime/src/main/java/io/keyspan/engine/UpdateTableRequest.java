package io.keyspan.engine;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.ProvisionedThroughput;
import java.util.List;
import java.util.Objects;

/**
 * UpdateTable: billing mode, provisioned throughput and global secondary indexes.
 *
 * @param attributeDefinitions definitions of the key attributes of indexes being created
 * @param billingMode null to keep the current mode
 * @param provisionedThroughput null to keep the current throughput
 */
public record UpdateTableRequest(
    String tableName,
    List<AttributeDefinition> attributeDefinitions,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates) {
  public UpdateTableRequest {
    Objects.requireNonNull(tableName, "tableName");
    attributeDefinitions =
        attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
    globalSecondaryIndexUpdates =
        globalSecondaryIndexUpdates == null ? List.of() : List.copyOf(globalSecondaryIndexUpdates);
  }
}
