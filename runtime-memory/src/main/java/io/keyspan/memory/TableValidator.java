package io.keyspan.memory;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.ResourceNames;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks CreateTable (and the index part of UpdateTable) as DynamoDB does, in dynalite's order
 * (validations/createTable.js), and builds the {@link TableSettings}.
 */
final class TableValidator {
  private TableValidator() {}

  static final int MAX_GLOBAL_INDEXES = 20;
  static final int MAX_LOCAL_INDEXES = 5;
  private static final long MAX_UNITS = 1_000_000_000_000L;

  /** Table and index names, by {@link ResourceNames}: length first, then characters. */
  static void checkName(String name, String member) {
    if (name.length() < ResourceNames.MIN_LENGTH) {
      throw ErrorMessages.constraint(
          name, member, "have length greater than or equal to " + ResourceNames.MIN_LENGTH);
    }
    if (name.length() > ResourceNames.MAX_LENGTH) {
      throw ErrorMessages.constraint(
          name, member, "have length less than or equal to " + ResourceNames.MAX_LENGTH);
    }
    if (!ResourceNames.hasAllowedCharacters(name)) {
      throw ErrorMessages.constraint(
          name, member, "satisfy regular expression pattern: " + ResourceNames.PATTERN);
    }
  }

  static void checkThroughput(ProvisionedThroughput throughput, String member) {
    if (throughput.readCapacityUnits() < 1) {
      throw ErrorMessages.constraint(
          throughput.readCapacityUnits(),
          member + ".readCapacityUnits",
          "have value greater than or equal to 1");
    }
    if (throughput.writeCapacityUnits() < 1) {
      throw ErrorMessages.constraint(
          throughput.writeCapacityUnits(),
          member + ".writeCapacityUnits",
          "have value greater than or equal to 1");
    }
    if (throughput.readCapacityUnits() > MAX_UNITS) {
      throw ErrorMessages.readUnitsOutOfBounds(throughput.readCapacityUnits());
    }
    if (throughput.writeCapacityUnits() > MAX_UNITS) {
      throw ErrorMessages.writeUnitsOutOfBounds(throughput.writeCapacityUnits());
    }
  }

  static TableSettings validate(CreateTableRequest request, Instant now) {
    checkName(request.tableName(), "tableName");
    for (int i = 0; i < request.globalSecondaryIndexes().size(); i++) {
      checkName(
          request.globalSecondaryIndexes().get(i).indexName(),
          "globalSecondaryIndexes." + (i + 1) + ".member.indexName");
    }
    for (int i = 0; i < request.localSecondaryIndexes().size(); i++) {
      checkName(
          request.localSecondaryIndexes().get(i).indexName(),
          "localSecondaryIndexes." + (i + 1) + ".member.indexName");
    }
    checkKeySchemaLength(request.keySchema(), "keySchema");
    checkBilling(request.billingMode(), request.provisionedThroughput());

    List<String> defined =
        request.attributeDefinitions().stream().map(AttributeDefinition::attributeName).toList();
    List<String> keys = request.keySchema().stream().map(KeySchemaElement::attributeName).toList();
    if (keys.size() > defined.size()) {
      throw ErrorMessages.indexKeyWithoutDefinition();
    }
    checkKeySchema(request.keySchema(), defined);
    boolean noIndexes =
        request.globalSecondaryIndexes().isEmpty() && request.localSecondaryIndexes().isEmpty();
    if (noIndexes && keys.size() != defined.size()) {
      throw ErrorMessages.keySchemaDefinitionCountMismatch();
    }

    Set<String> indexNames = new HashSet<>();
    Set<String> used = new LinkedHashSet<>(keys);
    List<SecondaryIndex> locals = new ArrayList<>();
    TypedKeySchema tableKey =
        TypedKeySchema.of(request.keySchema(), request.attributeDefinitions());
    if (!request.localSecondaryIndexes().isEmpty()) {
      if (!tableKey.hasSort()) {
        throw ErrorMessages.localIndexWithoutTableRangeKey();
      }
      for (LocalSecondaryIndex index : request.localSecondaryIndexes()) {
        checkKeySchemaLength(index.keySchema(), "localSecondaryIndexes.member.keySchema");
        checkKeySchema(index.keySchema(), defined);
        if (index.keySchema().size() != 2) {
          throw ErrorMessages.indexWithoutRangeKey(index.indexName());
        }
        String indexHash = index.keySchema().get(0).attributeName();
        if (!indexHash.equals(tableKey.partitionName())) {
          throw ErrorMessages.localIndexHashKeyMismatch(
              index.indexName(), indexHash, tableKey.partitionName());
        }
        checkProjection(index.projection());
        checkUnique(indexNames, index.indexName());
        index.keySchema().forEach(element -> used.add(element.attributeName()));
        locals.add(
            new SecondaryIndex(
                index.indexName(),
                false,
                TypedKeySchema.of(index.keySchema(), request.attributeDefinitions()),
                index.projection(),
                null));
      }
      if (locals.size() > MAX_LOCAL_INDEXES) {
        throw ErrorMessages.tooManyLocalIndexes();
      }
    }
    List<SecondaryIndex> globals = new ArrayList<>();
    for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
      globals.add(
          validateGlobal(index, request.attributeDefinitions(), defined, request.billingMode()));
      checkUnique(indexNames, index.indexName());
      index.keySchema().forEach(element -> used.add(element.attributeName()));
    }
    if (globals.size() > MAX_GLOBAL_INDEXES) {
      throw ErrorMessages.tooManyGlobalIndexes();
    }
    checkAllDefinitionsUsed(defined, used);
    return new TableSettings(
        request.tableName(),
        request.attributeDefinitions(),
        request.keySchema(),
        tableKey,
        globals,
        locals,
        request.billingMode(),
        request.billingMode() == BillingMode.PROVISIONED ? request.provisionedThroughput() : null,
        now);
  }

  /** A GSI of CreateTable or of an UpdateTable Create. */
  static SecondaryIndex validateGlobal(
      GlobalSecondaryIndex index,
      List<AttributeDefinition> definitions,
      List<String> defined,
      BillingMode billingMode) {
    checkName(index.indexName(), "globalSecondaryIndexes.member.indexName");
    List<KeySchemaElement> schema = index.keySchema();
    checkKeySchemaLength(
        schema,
        "globalSecondaryIndexes.member.keySchema",
        GlobalSecondaryIndex.MAX_PARTITION_ATTRIBUTES + GlobalSecondaryIndex.MAX_SORT_ATTRIBUTES);
    if (schema.size() == 1 || (schema.size() == 2 && schema.get(1).keyType() == KeyType.RANGE)) {
      checkKeySchema(schema, defined);
    } else {
      checkMultiAttributeKeySchema(schema, defined);
    }
    checkProjection(index.projection());
    if (billingMode == BillingMode.PAY_PER_REQUEST && index.provisionedThroughput() != null) {
      throw ErrorMessages.indexThroughputOnDemand(index.indexName());
    }
    if (billingMode == BillingMode.PROVISIONED) {
      if (index.provisionedThroughput() == null) {
        // Unverified against AWS; dynalite requires the member through its type checks.
        throw ErrorMessages.indexThroughputMissing(index.indexName());
      }
      checkThroughput(
          index.provisionedThroughput(), "globalSecondaryIndexes.member.provisionedThroughput");
    }
    return new SecondaryIndex(
        index.indexName(),
        true,
        TypedKeySchema.of(index.keySchema(), definitions),
        index.projection(),
        billingMode == BillingMode.PROVISIONED ? index.provisionedThroughput() : null);
  }

  /** Every definition must be a key of the table or of an index. */
  static void checkAllDefinitionsUsed(List<String> defined, Set<String> used) {
    if (!used.containsAll(defined)) {
      throw ErrorMessages.unusedDefinitions(defined, used);
    }
  }

  static void checkBilling(BillingMode billingMode, ProvisionedThroughput throughput) {
    if (billingMode == BillingMode.PAY_PER_REQUEST) {
      if (throughput != null) {
        throw ErrorMessages.throughputOnDemand();
      }
    } else {
      if (throughput == null) {
        throw ErrorMessages.throughputRequired();
      }
      checkThroughput(throughput, "provisionedThroughput");
    }
  }

  private static void checkKeySchemaLength(List<KeySchemaElement> schema, String member) {
    checkKeySchemaLength(schema, member, 2);
  }

  /**
   * At least one element and at most {@code max}: two for a table or LSI, eight for a GSI (whose
   * maximum DynamoDB states as four of each kind; the length text is a guess in its usual form).
   */
  private static void checkKeySchemaLength(List<KeySchemaElement> schema, String member, int max) {
    if (schema.isEmpty()) {
      throw ErrorMessages.constraint(schema, member, "have length greater than or equal to 1");
    }
    if (schema.size() > max) {
      throw ErrorMessages.constraint(schema, member, "have length less than or equal to " + max);
    }
  }

  private static void checkKeySchema(List<KeySchemaElement> schema, List<String> defined) {
    List<String> keys = schema.stream().map(KeySchemaElement::attributeName).toList();
    if (!defined.containsAll(keys)) {
      throw ErrorMessages.undefinedKeyAttributes(keys, defined);
    }
    if (keys.size() == 2 && keys.get(0).equals(keys.get(1))) {
      throw ErrorMessages.sameHashAndRangeName();
    }
    if (schema.get(0).keyType() != KeyType.HASH) {
      throw ErrorMessages.firstKeyNotHash();
    }
    if (schema.size() == 2 && schema.get(1).keyType() != KeyType.RANGE) {
      throw ErrorMessages.secondKeyNotRange();
    }
  }

  /**
   * A GSI key of several partition or sort attributes: defined attributes, none twice, HASH
   * elements first and then RANGE elements, at most four of each (Developer Guide
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
   * A key of one partition and one sort attribute keeps the checks and texts of {@link
   * #checkKeySchema}.
   */
  private static void checkMultiAttributeKeySchema(
      List<KeySchemaElement> schema, List<String> defined) {
    List<String> keys = schema.stream().map(KeySchemaElement::attributeName).toList();
    if (!defined.containsAll(keys)) {
      throw ErrorMessages.undefinedKeyAttributes(keys, defined);
    }
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw ErrorMessages.repeatedKeyAttribute(key);
      }
    }
    if (schema.get(0).keyType() != KeyType.HASH) {
      throw ErrorMessages.firstKeyNotHash();
    }
    long hashes = schema.stream().filter(element -> element.keyType() == KeyType.HASH).count();
    for (int i = 0; i < hashes; i++) {
      if (schema.get(i).keyType() != KeyType.HASH) {
        throw ErrorMessages.hashAfterRange();
      }
    }
    if (hashes > GlobalSecondaryIndex.MAX_PARTITION_ATTRIBUTES) {
      throw ErrorMessages.tooManyKeyAttributes(
          KeyType.HASH, GlobalSecondaryIndex.MAX_PARTITION_ATTRIBUTES);
    }
    if (schema.size() - hashes > GlobalSecondaryIndex.MAX_SORT_ATTRIBUTES) {
      throw ErrorMessages.tooManyKeyAttributes(
          KeyType.RANGE, GlobalSecondaryIndex.MAX_SORT_ATTRIBUTES);
    }
  }

  private static void checkProjection(IndexProjection projection) {
    if (projection.projectionType() != ProjectionType.INCLUDE
        && !projection.nonKeyAttributes().isEmpty()) {
      throw ErrorMessages.nonKeyAttributesWithProjection(projection.projectionType());
    }
  }

  private static void checkUnique(Set<String> names, String indexName) {
    if (!names.add(indexName)) {
      throw ErrorMessages.duplicateIndexName(indexName);
    }
  }
}
