package io.keyspan.engine.partiql;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one statement of a BatchExecuteStatement: the item a SELECT found, or the error
 * that statement alone met; the other statements of the batch run regardless.
 *
 * @param tableName the statement's table; null when the statement could not be read
 * @param item the item a SELECT found; empty for a write or an item that does not exist
 * @param error why the statement failed; empty when it succeeded
 */
public record BatchStatementResponse(
    String tableName, Optional<Map<String, AttributeValue>> item, Optional<Error> error) {

  /**
   * A statement's failure, as DynamoDB codes it (BatchStatementError in the API reference:
   * ConditionalCheckFailed, DuplicateItem, ValidationError, ResourceNotFound, TransactionConflict,
   * ProvisionedThroughputExceeded, ThrottlingError, ItemCollectionSizeLimitExceeded,
   * RequestLimitExceeded, InternalServerError).
   */
  public record Error(String code, String message) {}
}
