package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.Tag;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.exception.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * CreateTable, DescribeTable, UpdateTable, DeleteTable, ListTables, UpdateTimeToLive and
 * DescribeTimeToLive.
 */
final class TableOperations {
  private TableOperations() {}

  static ObjectNode createTable(Engine engine, WireObject request) {
    Constraints constraints = new Constraints(MemberOrder.CREATE_TABLE);
    String table = Members.tableName(request, constraints);
    List<AttributeDefinition> definitions = attributeDefinitions(request, constraints, true);
    List<KeySchemaElement> keySchema = keySchema(request, "keySchema", 2, constraints);
    List<GlobalSecondaryIndex> globals =
        elements(
            request,
            "GlobalSecondaryIndexes",
            "globalSecondaryIndexes",
            constraints,
            (index, path) -> globalIndex(index, path, constraints));
    List<LocalSecondaryIndex> locals =
        elements(
            request,
            "LocalSecondaryIndexes",
            "localSecondaryIndexes",
            constraints,
            (index, path) -> localIndex(index, path, constraints));
    BillingMode billing = billingMode(request, constraints);
    ProvisionedThroughput throughput = throughput(request, "provisionedThroughput", constraints);
    StreamSpecification stream = StreamSpecifications.read(request, constraints);
    List<Tag> tags = TagOperations.tags(request, constraints);
    constraints.check();
    requireProjectionTypes(globals);
    requireProjectionTypes(locals);
    CreateTableRequest create =
        new CreateTableRequest(
            table, definitions, keySchema, globals, locals, billing, throughput, stream, tags);
    return described("TableDescription", engine.createTable(create));
  }

  static ObjectNode describeTable(Engine engine, WireObject request) {
    return described(
        "Table", engine.describeTable(new DescribeTableRequest(checkedTableName(request))));
  }

  static ObjectNode deleteTable(Engine engine, WireObject request) {
    return described(
        "TableDescription", engine.deleteTable(new DeleteTableRequest(checkedTableName(request))));
  }

  static ObjectNode updateTable(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    List<AttributeDefinition> definitions = attributeDefinitions(request, constraints, false);
    BillingMode billing = billingMode(request, constraints);
    ProvisionedThroughput throughput = throughput(request, "provisionedThroughput", constraints);
    List<GlobalSecondaryIndexUpdate> updates =
        elements(
            request,
            "GlobalSecondaryIndexUpdates",
            "globalSecondaryIndexUpdates",
            constraints,
            (update, path) -> indexUpdate(update, path, constraints));
    StreamSpecification stream = StreamSpecifications.read(request, constraints);
    constraints.check();
    if (updates != null) {
      requireProjectionTypes(
          updates.stream()
              .filter(GlobalSecondaryIndexUpdate.Create.class::isInstance)
              .map(update -> ((GlobalSecondaryIndexUpdate.Create) update).index())
              .toList());
    }
    return described(
        "TableDescription",
        engine.updateTable(
            new UpdateTableRequest(table, definitions, billing, throughput, updates, stream)));
  }

  static ObjectNode listTables(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String start = request.string("ExclusiveStartTableName");
    constraints.name("exclusiveStartTableName", start, false);
    Integer limit = request.integer("Limit");
    constraints.range("limit", limit, 1, 100);
    constraints.check();
    ListTablesResponse response = engine.listTables(new ListTablesRequest(start, limit));
    ObjectNode json = WireResponses.object();
    response.tableNames().forEach(json.putArray("TableNames")::add);
    if (response.lastEvaluatedTableName() != null) {
      json.put("LastEvaluatedTableName", response.lastEvaluatedTableName());
    }
    return json;
  }

  static ObjectNode updateTimeToLive(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    WireObject specification = request.object("TimeToLiveSpecification");
    constraints.notNull("timeToLiveSpecification", specification);
    String attribute = specification == null ? null : specification.string("AttributeName");
    Boolean enabled = specification == null ? null : specification.bool("Enabled");
    if (specification != null) {
      constraints.notNull("timeToLiveSpecification.attributeName", attribute);
      constraints.notNull("timeToLiveSpecification.enabled", enabled);
      if (attribute != null) {
        constraints.length(
            "timeToLiveSpecification.attributeName", attribute, attribute.length(), 1, 255);
      }
    }
    constraints.check();
    engine.updateTimeToLive(new UpdateTimeToLiveRequest(table, attribute, enabled));
    ObjectNode json = WireResponses.object();
    ObjectNode echo = json.putObject("TimeToLiveSpecification");
    echo.put("AttributeName", attribute);
    echo.put("Enabled", enabled);
    return json;
  }

  static ObjectNode describeTimeToLive(Engine engine, WireObject request) {
    TimeToLiveDescription description =
        engine.describeTimeToLive(new DescribeTimeToLiveRequest(checkedTableName(request)));
    ObjectNode json = WireResponses.object();
    ObjectNode ttl = json.putObject("TimeToLiveDescription");
    ttl.put("TimeToLiveStatus", description.status().name());
    if (description.attributeName() != null) {
      ttl.put("AttributeName", description.attributeName());
    }
    return json;
  }

  // ---------------------------------------------------------------- members

  private static String checkedTableName(WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    constraints.check();
    return table;
  }

  private static ObjectNode described(String member, TableDescription table) {
    ObjectNode json = WireResponses.object();
    json.set(member, TableDescriptions.json(table));
    return json;
  }

  private static BillingMode billingMode(WireObject request, Constraints constraints) {
    return constraints.enumValue(
        "billingMode", request.string("BillingMode"), BillingMode.values());
  }

  private static List<AttributeDefinition> attributeDefinitions(
      WireObject request, Constraints constraints, boolean required) {
    List<AttributeDefinition> definitions =
        elements(
            request,
            "AttributeDefinitions",
            "attributeDefinitions",
            constraints,
            (definition, path) -> {
              String name = definition.string("AttributeName");
              constraints.notNull(path + ".attributeName", name);
              ScalarAttributeType type =
                  constraints.enumValue(
                      path + ".attributeType",
                      definition.string("AttributeType"),
                      CoralEnums.scalarAttributeType());
              constraints.notNull(path + ".attributeType", definition.string("AttributeType"));
              return name == null || type == null ? null : new AttributeDefinition(name, type);
            });
    if (required) {
      constraints.notNull("attributeDefinitions", definitions);
    }
    return definitions == null || definitions.contains(null) ? null : definitions;
  }

  /**
   * A KeySchema of at most {@code maxElements}: two for a table or LSI, eight for a GSI, whose
   * partition and sort keys may each have four attributes (Developer Guide
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
   */
  private static List<KeySchemaElement> keySchema(
      WireObject scope, String path, int maxElements, Constraints constraints) {
    List<KeySchemaElement> keySchema =
        elements(
            scope,
            "KeySchema",
            path,
            constraints,
            (element, elementPath) -> {
              String name = element.string("AttributeName");
              constraints.notNull(elementPath + ".attributeName", name);
              KeyType type =
                  constraints.enumValue(
                      elementPath + ".keyType", element.string("KeyType"), KeyType.values());
              constraints.notNull(elementPath + ".keyType", element.string("KeyType"));
              return name == null || type == null ? null : new KeySchemaElement(name, type);
            });
    constraints.notNull(path, keySchema).size(path, keySchema, 1, maxElements);
    return keySchema == null || keySchema.contains(null) ? null : keySchema;
  }

  /** A GSI definition; null when a required part is missing (recorded as a violation). */
  private static GlobalSecondaryIndex globalIndex(
      WireObject index, String path, Constraints constraints) {
    String name = indexName(index, path, constraints);
    List<KeySchemaElement> keySchema =
        keySchema(
            index,
            path + ".keySchema",
            GlobalSecondaryIndex.MAX_PARTITION_ATTRIBUTES
                + GlobalSecondaryIndex.MAX_SORT_ATTRIBUTES,
            constraints);
    IndexProjection projection = projection(index, path + ".projection", constraints);
    ProvisionedThroughput throughput =
        throughput(index, path + ".provisionedThroughput", constraints);
    return name == null || keySchema == null || projection == null
        ? null
        : new GlobalSecondaryIndex(name, keySchema, projection, throughput);
  }

  /** An LSI definition; null when a required part is missing (recorded as a violation). */
  private static LocalSecondaryIndex localIndex(
      WireObject index, String path, Constraints constraints) {
    String name = indexName(index, path, constraints);
    List<KeySchemaElement> keySchema = keySchema(index, path + ".keySchema", 2, constraints);
    IndexProjection projection = projection(index, path + ".projection", constraints);
    return name == null || keySchema == null || projection == null
        ? null
        : new LocalSecondaryIndex(name, keySchema, projection);
  }

  private static String indexName(WireObject index, String path, Constraints constraints) {
    String name = index.string("IndexName");
    constraints.name(path + ".indexName", name, true);
    return name;
  }

  private static IndexProjection projection(
      WireObject index, String path, Constraints constraints) {
    WireObject projection = index.object("Projection");
    constraints.notNull(path, projection);
    if (projection == null) {
      return null;
    }
    ProjectionType type =
        constraints.enumValue(
            path + ".projectionType",
            projection.string("ProjectionType"),
            CoralEnums.projectionType());
    List<String> nonKey = projection.strings("NonKeyAttributes");
    constraints
        .size(path + ".nonKeyAttributes", nonKey, 1, 20)
        .membersNotNull(path + ".nonKeyAttributes", nonKey);
    if (type == null || nonKey != null && nonKey.contains(null)) {
      // Without a type the index is refused by requireProjectionTypes once the constraints pass.
      return null;
    }
    return new IndexProjection(type, nonKey);
  }

  /**
   * An index read without a violation is null only when its Projection has no ProjectionType, which
   * DynamoDB refuses. The text is dynalite's (validations/createTable.js), copied from DynamoDB;
   * the API reference does not print it.
   */
  private static void requireProjectionTypes(List<?> indexes) {
    if (indexes != null && indexes.contains(null)) {
      throw new ValidationException(
          "One or more parameter values were invalid: Unknown ProjectionType: null");
    }
  }

  private static ProvisionedThroughput throughput(
      WireObject scope, String path, Constraints constraints) {
    WireObject throughput = scope.object("ProvisionedThroughput");
    if (throughput == null) {
      return null;
    }
    Long read = throughput.longInteger("ReadCapacityUnits");
    Long write = throughput.longInteger("WriteCapacityUnits");
    constraints
        .notNull(path + ".readCapacityUnits", read)
        .range(path + ".readCapacityUnits", read, 1, Long.MAX_VALUE);
    constraints
        .notNull(path + ".writeCapacityUnits", write)
        .range(path + ".writeCapacityUnits", write, 1, Long.MAX_VALUE);
    return read == null || write == null ? null : ProvisionedThroughput.of(read, write);
  }

  private static GlobalSecondaryIndexUpdate indexUpdate(
      WireObject update, String path, Constraints constraints) {
    WireObject create = update.object("Create");
    WireObject change = update.object("Update");
    WireObject delete = update.object("Delete");
    int actions = (create == null ? 0 : 1) + (change == null ? 0 : 1) + (delete == null ? 0 : 1);
    if (actions != 1) {
      throw new ValidationException(
          "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Create,"
              + " GlobalSecondaryIndexUpdate.Update or GlobalSecondaryIndexUpdate.Delete must be"
              + " provided");
    }
    if (create != null) {
      return new GlobalSecondaryIndexUpdate.Create(
          globalIndex(create, path + ".create", constraints));
    }
    if (change != null) {
      return new GlobalSecondaryIndexUpdate.Update(
          indexName(change, path + ".update", constraints),
          throughput(change, path + ".update.provisionedThroughput", constraints));
    }
    return new GlobalSecondaryIndexUpdate.Delete(indexName(delete, path + ".delete", constraints));
  }

  /**
   * A list of structures, each read by {@code reader} with its Coral path ({@code
   * keySchema.1.member}); null when absent. A reader returns null for an element whose violations
   * it recorded, and the request is rejected before the list is used.
   */
  static <T> List<T> elements(
      WireObject scope,
      String member,
      String path,
      Constraints constraints,
      BiFunction<WireObject, String, T> reader) {
    List<JsonNode> json = scope.list(member);
    if (json == null) {
      return null;
    }
    List<T> elements = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      String elementPath = path + "." + (i + 1) + ".member";
      WireObject element = WireObject.structure(json.get(i));
      constraints.notNull(elementPath, element);
      elements.add(element == null ? null : reader.apply(element, elementPath));
    }
    return elements;
  }
}
