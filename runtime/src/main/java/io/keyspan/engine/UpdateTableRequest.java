package io.keyspan.engine;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.StreamSpecification;
import java.util.List;
import java.util.Objects;

/**
 * UpdateTable: billing mode, provisioned throughput, global secondary indexes and the stream.
 *
 * @param attributeDefinitions definitions of the key attributes of indexes being created
 * @param billingMode null to keep the current mode
 * @param provisionedThroughput null to keep the current throughput
 * @param streamSpecification null to keep the stream as it is
 */
public record UpdateTableRequest(
    String tableName,
    List<AttributeDefinition> attributeDefinitions,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates,
    StreamSpecification streamSpecification) {
  public UpdateTableRequest {
    Objects.requireNonNull(tableName, "tableName");
    attributeDefinitions =
        attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
    globalSecondaryIndexUpdates =
        globalSecondaryIndexUpdates == null ? List.of() : List.copyOf(globalSecondaryIndexUpdates);
  }

  /** An update that leaves the stream as it is. */
  public UpdateTableRequest(
      String tableName,
      List<AttributeDefinition> attributeDefinitions,
      BillingMode billingMode,
      ProvisionedThroughput provisionedThroughput,
      List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates) {
    this(
        tableName,
        attributeDefinitions,
        billingMode,
        provisionedThroughput,
        globalSecondaryIndexUpdates,
        null);
  }
}
