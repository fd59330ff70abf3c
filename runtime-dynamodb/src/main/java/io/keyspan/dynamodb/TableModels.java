package io.keyspan.dynamodb;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.engine.table.TimeToLiveStatus;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DeleteGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.Builder;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalSecondaryIndexAction;

/** Translates table definitions and descriptions between the engine SPI and the SDK. */
final class TableModels {
  private TableModels() {}

  // ---------------------------------------------------------------- requests

  static software.amazon.awssdk.services.dynamodb.model.CreateTableRequest createTable(
      CreateTableRequest request) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.builder()
            .tableName(request.tableName())
            .attributeDefinitions(
                request.attributeDefinitions().stream().map(TableModels::toSdk).toList())
            .keySchema(keySchemaToSdk(request.keySchema()))
            .billingMode(request.billingMode().name());
    if (request.provisionedThroughput() != null) {
      builder.provisionedThroughput(toSdk(request.provisionedThroughput()));
    }
    if (!request.globalSecondaryIndexes().isEmpty()) {
      builder.globalSecondaryIndexes(
          request.globalSecondaryIndexes().stream().map(TableModels::toSdk).toList());
    }
    if (!request.localSecondaryIndexes().isEmpty()) {
      builder.localSecondaryIndexes(
          request.localSecondaryIndexes().stream().map(TableModels::toSdk).toList());
    }
    if (request.streamSpecification() != null) {
      builder.streamSpecification(StreamModels.toSdk(request.streamSpecification()));
    }
    if (!request.tags().isEmpty()) {
      builder.tags(TagModels.toSdk(request.tags()));
    }
    return builder.build();
  }

  static software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest updateTable(
      UpdateTableRequest request) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest.builder()
            .tableName(request.tableName());
    if (!request.attributeDefinitions().isEmpty()) {
      builder.attributeDefinitions(
          request.attributeDefinitions().stream().map(TableModels::toSdk).toList());
    }
    if (request.billingMode() != null) {
      builder.billingMode(request.billingMode().name());
    }
    if (request.provisionedThroughput() != null) {
      builder.provisionedThroughput(toSdk(request.provisionedThroughput()));
    }
    if (!request.globalSecondaryIndexUpdates().isEmpty()) {
      builder.globalSecondaryIndexUpdates(
          request.globalSecondaryIndexUpdates().stream().map(TableModels::toSdk).toList());
    }
    if (request.streamSpecification() != null) {
      builder.streamSpecification(StreamModels.toSdk(request.streamSpecification()));
    }
    return builder.build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate toSdk(
      GlobalSecondaryIndexUpdate update) {
    Builder builder =
        software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.builder();
    if (update instanceof GlobalSecondaryIndexUpdate.Create create) {
      GlobalSecondaryIndex index = create.index();
      var action =
          CreateGlobalSecondaryIndexAction.builder()
              .indexName(index.indexName())
              .keySchema(keySchemaToSdk(index.keySchema()))
              .projection(toSdk(index.projection()));
      if (index.provisionedThroughput() != null) {
        action.provisionedThroughput(toSdk(index.provisionedThroughput()));
      }
      builder.create(action.build());
    } else if (update instanceof GlobalSecondaryIndexUpdate.Update change) {
      builder.update(
          UpdateGlobalSecondaryIndexAction.builder()
              .indexName(change.indexName())
              .provisionedThroughput(toSdk(change.provisionedThroughput()))
              .build());
    } else {
      builder.delete(
          DeleteGlobalSecondaryIndexAction.builder()
              .indexName(((GlobalSecondaryIndexUpdate.Delete) update).indexName())
              .build());
    }
    return builder.build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.AttributeDefinition toSdk(
      AttributeDefinition definition) {
    return software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
        .attributeName(definition.attributeName())
        .attributeType(definition.attributeType().name())
        .build();
  }

  private static List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement>
      keySchemaToSdk(List<KeySchemaElement> keySchema) {
    return keySchema.stream()
        .map(
            element ->
                software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder()
                    .attributeName(element.attributeName())
                    .keyType(element.keyType().name())
                    .build())
        .toList();
  }

  private static software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput toSdk(
      ProvisionedThroughput throughput) {
    return software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput.builder()
        .readCapacityUnits(throughput.readCapacityUnits())
        .writeCapacityUnits(throughput.writeCapacityUnits())
        .build();
  }

  private static Projection toSdk(IndexProjection projection) {
    var builder = Projection.builder().projectionType(projection.projectionType().name());
    if (!projection.nonKeyAttributes().isEmpty()) {
      builder.nonKeyAttributes(projection.nonKeyAttributes());
    }
    return builder.build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex toSdk(
      GlobalSecondaryIndex index) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex.builder()
            .indexName(index.indexName())
            .keySchema(keySchemaToSdk(index.keySchema()))
            .projection(toSdk(index.projection()));
    if (index.provisionedThroughput() != null) {
      builder.provisionedThroughput(toSdk(index.provisionedThroughput()));
    }
    return builder.build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex toSdk(
      LocalSecondaryIndex index) {
    return software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex.builder()
        .indexName(index.indexName())
        .keySchema(keySchemaToSdk(index.keySchema()))
        .projection(toSdk(index.projection()))
        .build();
  }

  // ---------------------------------------------------------------- descriptions

  static TableDescription fromSdk(
      software.amazon.awssdk.services.dynamodb.model.TableDescription table) {
    BillingMode billingMode = billingMode(table.billingModeSummary());
    return new TableDescription(
        table.tableName(),
        status(table.tableStatusAsString()),
        table.attributeDefinitions().stream()
            .map(
                definition ->
                    new AttributeDefinition(
                        definition.attributeName(),
                        ScalarAttributeType.valueOf(definition.attributeTypeAsString())))
            .toList(),
        keySchemaFromSdk(table.keySchema()),
        billingMode,
        billingMode == BillingMode.PROVISIONED ? throughput(table.provisionedThroughput()) : null,
        table.globalSecondaryIndexes().stream().map(index -> fromSdk(index, billingMode)).toList(),
        table.localSecondaryIndexes().stream().map(TableModels::fromSdk).toList(),
        orZero(table.itemCount()),
        orZero(table.tableSizeBytes()),
        table.creationDateTime(),
        StreamModels.fromSdk(table.streamSpecification()),
        table.latestStreamArn(),
        table.latestStreamLabel());
  }

  private static IndexDescription fromSdk(
      GlobalSecondaryIndexDescription index, BillingMode billingMode) {
    return new IndexDescription(
        index.indexName(),
        true,
        keySchemaFromSdk(index.keySchema()),
        fromSdk(index.projection()),
        status(index.indexStatusAsString()),
        billingMode == BillingMode.PROVISIONED ? throughput(index.provisionedThroughput()) : null,
        orZero(index.itemCount()),
        orZero(index.indexSizeBytes()));
  }

  private static IndexDescription fromSdk(LocalSecondaryIndexDescription index) {
    return new IndexDescription(
        index.indexName(),
        false,
        keySchemaFromSdk(index.keySchema()),
        fromSdk(index.projection()),
        TableStatus.ACTIVE,
        null,
        orZero(index.itemCount()),
        orZero(index.indexSizeBytes()));
  }

  private static IndexProjection fromSdk(Projection projection) {
    return new IndexProjection(
        ProjectionType.valueOf(projection.projectionTypeAsString()),
        projection.hasNonKeyAttributes() ? projection.nonKeyAttributes() : List.of());
  }

  static List<KeySchemaElement> keySchemaFromSdk(
      List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> keySchema) {
    return keySchema.stream()
        .map(
            element ->
                new KeySchemaElement(
                    element.attributeName(), KeyType.valueOf(element.keyTypeAsString())))
        .toList();
  }

  /** DynamoDB leaves the billing summary out for tables that were always provisioned. */
  private static BillingMode billingMode(BillingModeSummary summary) {
    return summary == null || summary.billingModeAsString() == null
        ? BillingMode.PROVISIONED
        : BillingMode.valueOf(summary.billingModeAsString());
  }

  private static ProvisionedThroughput throughput(ProvisionedThroughputDescription throughput) {
    return throughput == null
        ? null
        : ProvisionedThroughput.of(
            orZero(throughput.readCapacityUnits()), orZero(throughput.writeCapacityUnits()));
  }

  /**
   * The statuses the SPI knows. DynamoDB's INACCESSIBLE_ENCRYPTION_CREDENTIALS, ARCHIVING and
   * ARCHIVED describe tables that cannot serve requests, which no SPI status expresses.
   */
  private static TableStatus status(String status) {
    try {
      return TableStatus.valueOf(status);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException(
          "DynamoDB reports a table status Keyspan does not support: " + status, e);
    }
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  // ---------------------------------------------------------------- time to live

  static TimeToLiveDescription fromSdk(
      software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription description) {
    if (description == null || description.timeToLiveStatusAsString() == null) {
      return TimeToLiveDescription.DISABLED;
    }
    return new TimeToLiveDescription(
        TimeToLiveStatus.valueOf(description.timeToLiveStatusAsString()),
        description.attributeName());
  }

  static TimeToLiveSpecification toSdk(String attributeName, boolean enabled) {
    return TimeToLiveSpecification.builder().attributeName(attributeName).enabled(enabled).build();
  }
}
