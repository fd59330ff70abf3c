package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.TableDescription;
import java.util.List;

/** A table's description in DynamoDB's JSON, as CreateTable, DescribeTable and others return it. */
final class TableDescriptions {
  /** Local tables belong to no real account; DynamoDB Local uses the same placeholders. */
  private static final String ARN_PREFIX = "arn:aws:dynamodb:ddblocal:000000000000:table/";

  private TableDescriptions() {}

  static ObjectNode json(TableDescription table) {
    ObjectNode json = WireResponses.object();
    ArrayNode definitions = json.putArray("AttributeDefinitions");
    table
        .attributeDefinitions()
        .forEach(
            definition -> {
              ObjectNode entry = definitions.addObject();
              entry.put("AttributeName", definition.attributeName());
              entry.put("AttributeType", definition.attributeType().name());
            });
    json.put("TableName", table.tableName());
    json.set("KeySchema", keySchema(table.keySchema()));
    json.put("TableStatus", table.tableStatus().name());
    if (table.creationDateTime() != null) {
      // Epoch seconds with a fraction, as the JSON protocol carries timestamps.
      json.put("CreationDateTime", table.creationDateTime().toEpochMilli() / 1000.0);
    }
    json.set("ProvisionedThroughput", throughput(table.provisionedThroughput()));
    json.put("TableSizeBytes", table.tableSizeBytes());
    json.put("ItemCount", table.itemCount());
    String arn = ARN_PREFIX + table.tableName();
    json.put("TableArn", arn);
    if (table.billingMode() == BillingMode.PAY_PER_REQUEST) {
      json.putObject("BillingModeSummary").put("BillingMode", BillingMode.PAY_PER_REQUEST.name());
    }
    putIndexes(json, "GlobalSecondaryIndexes", table.globalSecondaryIndexes(), arn);
    putIndexes(json, "LocalSecondaryIndexes", table.localSecondaryIndexes(), arn);
    StreamSpecifications.write(json, table);
    return json;
  }

  private static void putIndexes(
      ObjectNode json, String member, List<IndexDescription> indexes, String tableArn) {
    if (indexes.isEmpty()) {
      return;
    }
    ArrayNode list = json.putArray(member);
    for (IndexDescription index : indexes) {
      ObjectNode entry = list.addObject();
      entry.put("IndexName", index.indexName());
      entry.set("KeySchema", keySchema(index.keySchema()));
      entry.set("Projection", projection(index.projection()));
      if (index.global()) {
        if (index.indexStatus() != null) {
          entry.put("IndexStatus", index.indexStatus().name());
        }
        entry.set("ProvisionedThroughput", throughput(index.provisionedThroughput()));
      }
      entry.put("IndexSizeBytes", index.indexSizeBytes());
      entry.put("ItemCount", index.itemCount());
      entry.put("IndexArn", tableArn + "/index/" + index.indexName());
    }
  }

  static ArrayNode keySchema(List<KeySchemaElement> keySchema) {
    ArrayNode json = WireResponses.array();
    keySchema.forEach(
        element -> {
          ObjectNode entry = json.addObject();
          entry.put("AttributeName", element.attributeName());
          entry.put("KeyType", element.keyType().name());
        });
    return json;
  }

  private static ObjectNode projection(IndexProjection projection) {
    ObjectNode json = WireResponses.object();
    json.put("ProjectionType", projection.projectionType().name());
    if (!projection.nonKeyAttributes().isEmpty()) {
      projection.nonKeyAttributes().forEach(json.putArray("NonKeyAttributes")::add);
    }
    return json;
  }

  /** On-demand tables report zero capacity, as DynamoDB does. */
  private static ObjectNode throughput(ProvisionedThroughput throughput) {
    ObjectNode json = WireResponses.object();
    json.put("NumberOfDecreasesToday", 0);
    json.put("ReadCapacityUnits", throughput == null ? 0 : throughput.readCapacityUnits());
    json.put("WriteCapacityUnits", throughput == null ? 0 : throughput.writeCapacityUnits());
    return json;
  }
}
