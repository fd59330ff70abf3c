package io.keyspan.memory;

import io.keyspan.engine.Select;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.exception.IdempotentParameterMismatchException;
import io.keyspan.exception.LimitExceededException;
import io.keyspan.exception.ResourceInUseException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.eval.Nesting;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DynamoDB's error texts, in one place. Sources: dynalite 4.0.0 (validations/*.js, db/index.js,
 * actions/*.js), whose authors copied AWS's texts, and DynamoDB's Developer Guide and API
 * Reference. Where AWS's text is unverified, the constant's comment says so.
 */
final class ErrorMessages {
  private ErrorMessages() {}

  static final String INVALID = "One or more parameter values were invalid: ";

  private static final String KEY_CONDITION = "Invalid KeyConditionExpression: ";

  // ------------------------------------------------------------------ resources

  /** Data-plane operations on a missing table (dynalite getTable with status check). */
  static ResourceNotFoundException tableNotFound() {
    return new ResourceNotFoundException("Requested resource not found");
  }

  /** Control-plane operations name the table (dynalite getTable without status check). */
  static ResourceNotFoundException tableNotFound(String tableName) {
    return new ResourceNotFoundException(
        "Requested resource not found: Table: " + tableName + " not found");
  }

  static ValidationException noSuchIndex(String indexName) {
    return new ValidationException("The table does not have the specified index: " + indexName);
  }

  // ------------------------------------------------------------------ Coral constraints

  /** "1 validation error detected: Value 't' at 'tableName' failed to satisfy constraint: ..." */
  static ValidationException constraint(Object value, String member, String constraint) {
    return new ValidationException(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + member
            + "' failed to satisfy constraint: Member must "
            + constraint);
  }

  // ------------------------------------------------------------------ keys

  static final String KEY_SCHEMA_MISMATCH = "The provided key element does not match the schema";

  static ValidationException keyMismatch() {
    return new ValidationException(KEY_SCHEMA_MISMATCH);
  }

  static ValidationException missingKey(String attribute) {
    return new ValidationException(INVALID + "Missing the key " + attribute + " in the item");
  }

  static ValidationException keyTypeMismatch(String attribute, String expected, String actual) {
    return new ValidationException(
        INVALID
            + "Type mismatch for key "
            + attribute
            + " expected: "
            + expected
            + " actual: "
            + actual);
  }

  static ValidationException indexKeyTypeMismatch(
      String attribute, String expected, String actual, String indexName) {
    return new ValidationException(
        INVALID
            + "Type mismatch for Index Key "
            + attribute
            + " Expected: "
            + expected
            + " Actual: "
            + actual
            + " IndexName: "
            + indexName);
  }

  /** AWS's text is unverified; this is dynalite's. */
  static ValidationException emptyKey(String attribute, String kind) {
    return new ValidationException(
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
            + " contain an empty "
            + kind
            + " value. Key: "
            + attribute);
  }

  static ValidationException emptyIndexKey(String attribute, String kind, String indexName) {
    return new ValidationException(
        "One or more parameter values are not valid. A value specified for a secondary index key"
            + " is not supported. The AttributeValue for a key attribute cannot contain an empty "
            + kind
            + " value. IndexName: "
            + indexName
            + ", IndexKey: "
            + attribute);
  }

  /** No space before 2048: DynamoDB's text (Developer Guide ServiceQuotas). */
  static ValidationException hashKeyTooLarge() {
    return new ValidationException(
        INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
  }

  static ValidationException rangeKeyTooLarge() {
    return new ValidationException(
        INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
  }

  /**
   * A condition or update reaches into a key attribute ({@code kind} is {@code Key} or {@code
   * IndexKey}). The text is dynalite's (db/index.js validateKeyPaths), copied from DynamoDB; the
   * API reference does not print it.
   */
  static ValidationException nestedKeyPath(String kind, String attribute) {
    return new ValidationException(
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not"
            + " allowed: "
            + kind
            + ": "
            + attribute);
  }

  static ValidationException cannotUpdateKey(String attribute) {
    return new ValidationException(
        "One or more parameter values were invalid: Cannot update attribute "
            + attribute
            + ". This attribute is part of the key");
  }

  /** A whole item (Put, BatchWriteItem, TransactWriteItems) deeper than 32 levels. */
  static ValidationException itemNestedTooDeep() {
    return new ValidationException(Nesting.ITEM_TOO_DEEP);
  }

  static ValidationException itemTooLarge() {
    return new ValidationException("Item size has exceeded the maximum allowed size");
  }

  static ValidationException updatedItemTooLarge() {
    return new ValidationException("Item size to update has exceeded the maximum allowed size");
  }

  static ValidationException updateIndexKeyType() {
    return new ValidationException(
        "The update expression attempted to update the secondary index key to unsupported type");
  }

  // ------------------------------------------------------------------ ReturnValues

  static ValidationException returnValuesAllOldOrNone() {
    return new ValidationException("ReturnValues can only be ALL_OLD or NONE");
  }

  // ------------------------------------------------------------------ resources

  static ResourceNotFoundException indexNotFound(String indexName) {
    return new ResourceNotFoundException(
        "Requested resource not found: Requested index " + indexName + " not found");
  }

  // ------------------------------------------------------------------ tables, indexes and time to
  // live

  static ValidationException readUnitsOutOfBounds(long units) {
    return new ValidationException(
        "Given value " + units + " for ReadCapacityUnits is out of bounds");
  }

  static ValidationException writeUnitsOutOfBounds(long units) {
    return new ValidationException(
        "Given value " + units + " for WriteCapacityUnits is out of bounds");
  }

  static ValidationException indexKeyWithoutDefinition() {
    return new ValidationException(
        "Invalid KeySchema: Some index key attribute have no definition");
  }

  static ValidationException keySchemaDefinitionCountMismatch() {
    return new ValidationException(
        INVALID
            + "Number of attributes in KeySchema does not exactly match number of attributes"
            + " defined in AttributeDefinitions");
  }

  static ValidationException localIndexWithoutTableRangeKey() {
    return new ValidationException(
        INVALID
            + "Table KeySchema does not have a range key, which is required when specifying a"
            + " LocalSecondaryIndex");
  }

  static ValidationException indexWithoutRangeKey(String indexName) {
    return new ValidationException(
        INVALID + "Index KeySchema does not have a range key for index: " + indexName);
  }

  static ValidationException localIndexHashKeyMismatch(
      String indexName, String indexHash, String tableHash) {
    return new ValidationException(
        INVALID
            + "Index KeySchema does not have the same leading hash key as table KeySchema for"
            + " index: "
            + indexName
            + ". index hash key: "
            + indexHash
            + ", table hash key: "
            + tableHash);
  }

  static ValidationException tooManyLocalIndexes() {
    return new ValidationException(
        INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
  }

  static ValidationException indexThroughputOnDemand(String indexName) {
    return new ValidationException(
        INVALID
            + "ProvisionedThroughput should not be specified for index: "
            + indexName
            + " when BillingMode is PAY_PER_REQUEST");
  }

  static ValidationException indexThroughputMissing(String indexName) {
    return new ValidationException(
        INVALID + "ProvisionedThroughput must be specified for index: " + indexName);
  }

  static ValidationException unusedDefinitions(List<String> defined, Set<String> used) {
    return new ValidationException(
        INVALID
            + "Some AttributeDefinitions are not used. AttributeDefinitions: "
            + defined.stream().collect(Collectors.joining(", ", "[", "]"))
            + ", keys used: "
            + used.stream().collect(Collectors.joining(", ", "[", "]")));
  }

  static ValidationException throughputOnDemand() {
    return new ValidationException(
        INVALID
            + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when"
            + " BillingMode is PAY_PER_REQUEST");
  }

  static ValidationException throughputRequired() {
    return new ValidationException(
        INVALID
            + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode"
            + " is PROVISIONED");
  }

  static ValidationException undefinedKeyAttributes(List<String> keys, List<String> defined) {
    return new ValidationException(
        INVALID
            + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
            + String.join(", ", keys).transform(s -> "[" + s + "]")
            + ", AttributeDefinitions: "
            + String.join(", ", defined).transform(s -> "[" + s + "]"));
  }

  static ValidationException sameHashAndRangeName() {
    return new ValidationException(
        "Both the Hash Key and the Range Key element in the KeySchema have the same name");
  }

  static ValidationException firstKeyNotHash() {
    return new ValidationException(
        "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  }

  static ValidationException secondKeyNotRange() {
    return new ValidationException(
        "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
  }

  // Multi-attribute GSI keys. DynamoDB does not publish these texts; they are guesses in the
  // form of its other KeySchema messages.

  static ValidationException repeatedKeyAttribute(String attribute) {
    return new ValidationException(
        "Invalid KeySchema: The attribute "
            + attribute
            + " appears more than once in the KeySchema");
  }

  static ValidationException hashAfterRange() {
    return new ValidationException(
        "Invalid KeySchema: All HASH KeySchemaElements must come before the RANGE"
            + " KeySchemaElements");
  }

  static ValidationException tooManyKeyAttributes(KeyType keyType, int maximum) {
    return new ValidationException(
        "Invalid KeySchema: A global secondary index can have at most "
            + maximum
            + " "
            + keyType
            + " KeySchemaElements");
  }

  static ValidationException nonKeyAttributesWithProjection(ProjectionType projectionType) {
    return new ValidationException(
        INVALID + "ProjectionType is " + projectionType + ", but NonKeyAttributes is specified");
  }

  static ValidationException duplicateIndexName(String indexName) {
    return new ValidationException(INVALID + "Duplicate index name: " + indexName);
  }

  static ResourceInUseException tableInUse(String tableName) {
    return new ResourceInUseException("Table already exists: " + tableName);
  }

  static ValidationException nothingToUpdate() {
    return new ValidationException(
        "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
            + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
  }

  static ValidationException throughputUnchanged(ProvisionedThroughput now) {
    return new ValidationException(
        "The provisioned throughput for the table will not change. The requested value equals"
            + " the current value. Current ReadCapacityUnits provisioned for the table: "
            + now.readCapacityUnits()
            + ". Requested ReadCapacityUnits: "
            + now.readCapacityUnits()
            + ". Current WriteCapacityUnits provisioned for the table: "
            + now.writeCapacityUnits()
            + ". Requested WriteCapacityUnits: "
            + now.writeCapacityUnits()
            + ". Refer to the Amazon DynamoDB Developer Guide for"
            + " current limits and how to request higher limits.");
  }

  static ValidationException oneUpdatePerIndex(String indexName) {
    return new ValidationException(
        INVALID
            + "Only one global secondary index update per index is allowed simultaneously."
            + " Index: "
            + indexName);
  }

  static ValidationException indexExists(String indexName) {
    return new ValidationException(INVALID + "Index already exists: " + indexName);
  }

  static LimitExceededException oneOnlineIndexChange() {
    return new LimitExceededException(
        "Subscriber limit exceeded: Only 1 online index can be created or deleted"
            + " simultaneously per table");
  }

  static ValidationException tooManyGlobalIndexes() {
    return new ValidationException(
        INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
  }

  static ValidationException timeToLiveAlreadyEnabled() {
    return new ValidationException("TimeToLive is already enabled");
  }

  static ValidationException timeToLiveAlreadyDisabled() {
    return new ValidationException("TimeToLive is already disabled");
  }

  // ------------------------------------------------------------------ Query and the reads they
  // share with Scan

  static ValidationException invalidStartKey() {
    return new ValidationException("The provided starting key is invalid: " + KEY_SCHEMA_MISMATCH);
  }

  static ValidationException filterOnKey(String attribute) {
    return new ValidationException(
        "Filter Expression can only contain non-primary key attributes: Primary key"
            + " attribute: "
            + attribute);
  }

  static ValidationException consistentReadOnGlobalIndex() {
    return new ValidationException(
        "Consistent reads are not supported on global secondary indexes");
  }

  static ValidationException projectionWithSelect(Select select) {
    return new ValidationException(
        "Cannot specify the ProjectionExpression when choosing to get "
            + (select == Select.COUNT ? "only the Count" : select.name()));
  }

  static ValidationException specificAttributesWithoutProjection() {
    return new ValidationException(
        "Must specify the AttributesToGet or ProjectionExpression when choosing to get"
            + " SPECIFIC_ATTRIBUTES");
  }

  static ValidationException allProjectedWithoutIndex() {
    return new ValidationException(
        "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
  }

  static ValidationException allAttributesOnGlobalIndex(String indexName) {
    return new ValidationException(
        INVALID
            + "Select type ALL_ATTRIBUTES is not supported for global secondary"
            + " index "
            + indexName
            + " because its projection type is not ALL");
  }

  /**
   * More than two terms on a key of one partition and at most one sort attribute. DynamoDB's text
   * from before multi-attribute keys, when its parser allowed two terms at most (dynalite
   * validations/index.js); since the parser now lets a multi-attribute key have more, the check
   * runs against the key of the table or index.
   */
  static ValidationException keyConditionCount() {
    return new ValidationException("Conditions can be of length 1 or 2 only");
  }

  static ValidationException keyConditionMissesKey(String attribute) {
    return new ValidationException("Query condition missed key schema element: " + attribute);
  }

  static ValidationException keyConditionNotSupported() {
    return new ValidationException("Query key condition not supported");
  }

  static ValidationException betweenBoundsReversed(AttributeValue lower, AttributeValue upper) {
    return new ValidationException(
        KEY_CONDITION
            + "The BETWEEN operator requires upper bound to be greater than or equal to"
            + " lower bound; lower bound operand: AttributeValue: "
            + lower
            + ", upper bound operand: AttributeValue: "
            + upper);
  }

  static ValidationException beginsWithOnNumber() {
    return new ValidationException(
        KEY_CONDITION
            + "Incorrect operand type for operator or function; operator or function:"
            + " begins_with, operand type: N");
  }

  static ValidationException undefinedKeyConditionValue(String placeholder) {
    return new ValidationException(
        KEY_CONDITION
            + "An expression attribute value used in expression is not defined; attribute"
            + " value: "
            + placeholder);
  }

  static ValidationException keyConditionTypeMismatch() {
    return new ValidationException(INVALID + "Condition parameter type does not match schema type");
  }

  static ValidationException startKeyOutsideRange() {
    return new ValidationException(
        "The provided starting key does not match the range key predicate");
  }

  static ValidationException startKeyOutsidePartition(boolean sortCondition) {
    return new ValidationException(
        sortCondition
            ? "The query can return at most one row and cannot be restarted"
            : "The provided starting key is outside query boundaries based on provided conditions");
  }

  // ------------------------------------------------------------------ Scan segments

  /** AWS's text for this case is unverified. */
  static ValidationException startKeyOutsideSegment() {
    return new ValidationException(
        "The provided starting key is invalid: Exclusive start key does not belong to the"
            + " provided segment");
  }

  static ValidationException segmentWithoutTotalSegments() {
    return new ValidationException(
        "The TotalSegments parameter is required but was not present in the request when"
            + " Segment parameter is present");
  }

  static ValidationException totalSegmentsWithoutSegment() {
    return new ValidationException(
        "The Segment parameter is required but was not present in the request when parameter"
            + " TotalSegments is present");
  }

  static ValidationException segmentNotBelowTotal(Integer segment, Integer totalSegments) {
    return new ValidationException(
        "The Segment parameter is zero-based and must be less than parameter TotalSegments:"
            + " Segment: "
            + segment
            + " is not less than TotalSegments: "
            + totalSegments);
  }

  // ------------------------------------------------------------------ batches

  static ValidationException tooManyBatchGetKeys() {
    return new ValidationException("Too many items requested for the BatchGetItem call");
  }

  static ValidationException duplicateBatchKeys() {
    return new ValidationException("Provided list of item keys contains duplicates");
  }

  // ------------------------------------------------------------------ transactions

  static IdempotentParameterMismatchException tokenReusedWithOtherParameters() {
    return new IdempotentParameterMismatchException(
        "Request parameters do not match the previous request with the same"
            + " ClientRequestToken");
  }

  static ValidationException conditionCheckWithoutCondition(int position) {
    return new ValidationException(
        "1 validation error detected: Value null at 'transactItems."
            + position
            + ".member.conditionCheck.conditionExpression' failed to satisfy constraint:"
            + " Member must not be null");
  }

  static ValidationException transactionTooLarge() {
    return new ValidationException(
        "Transaction request size cannot exceed "
            + (TransactionOperations.MAX_REQUEST_BYTES / 1024 / 1024)
            + " MB");
  }

  static ValidationException multipleOperationsOnOneItem() {
    return new ValidationException(
        "Transaction request cannot include multiple operations on one item");
  }
}
