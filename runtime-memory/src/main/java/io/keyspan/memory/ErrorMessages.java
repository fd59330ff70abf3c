package io.keyspan.memory;

import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.eval.Nesting;

/**
 * DynamoDB's error texts, in one place. Sources: dynalite 4.0.0 (validations/*.js, db/index.js,
 * actions/*.js), whose authors copied AWS's texts, and DynamoDB's Developer Guide
 * and API Reference. Where AWS's text is unverified, the constant's comment says so.
 */
final class ErrorMessages {
  private ErrorMessages() {}

  static final String INVALID = "One or more parameter values were invalid: ";

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

  static String tableExists(String tableName) {
    return "Table already exists: " + tableName;
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
}
