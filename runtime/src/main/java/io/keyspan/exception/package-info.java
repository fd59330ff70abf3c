/**
 * Keyspan's errors. Every exception a Keyspan operation throws extends {@link
 * io.keyspan.exception.KeyspanException}, on every engine; {@code IllegalArgumentException} and
 * {@code NullPointerException} are left for programming errors in arguments (a null key, a page
 * size of 0, a sort-key condition taken from another query).
 *
 * <pre>
 * KeyspanException                          errorCode()
 * ├── ValidationException                   ValidationException: the request is invalid; nothing changed
 * │   ├── InvalidValueException             a value DynamoDB cannot store (39 digits, an empty set)
 * │   └── InvalidCursorException            a page cursor that is malformed or of another query
 * ├── ConditionalCheckFailedException       the condition was false (with the stored item, if asked)
 * ├── OptimisticLockingException            a versioned write found another version
 * ├── TransactionCanceledException          with one CancellationReason per action
 * ├── TransactionConflictException, TransactionInProgressException, IdempotentParameterMismatchException
 * ├── ResourceNotFoundException             no such table or index
 * ├── ResourceInUseException, LimitExceededException, ItemCollectionSizeLimitExceededException
 * ├── ExpiredIteratorException, TrimmedDataAccessException   DynamoDB Streams reads
 * ├── ProvisionedThroughputExceededException   retryable
 * ├── InternalServerErrorException          retryable
 * └── ClientSideException                   raised in the application's process, not by DynamoDB
 *     ├── MappingException                  a stored value the Java type cannot hold, or a Java value with no DynamoDB form
 *     └── TransportException                the engine could not reach its endpoint (named in the message)
 * </pre>
 *
 * <p>Errors with a DynamoDB counterpart carry DynamoDB's own name ({@link
 * io.keyspan.exception.KeyspanException#errorCode()}) and, from the engines and Keyspan's server,
 * DynamoDB's own message (see <a
 * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html">Error
 * handling with DynamoDB</a>). Raised through a repository, the message adds what DynamoDB's leaves
 * out, after or before DynamoDB's text: the table and the call that creates it for a missing table,
 * the item's key and the attribute for mapping and value errors, the item's size and largest
 * attribute for an item over 400 KB. Conditions and queries in messages are shown as DynamoDB
 * expression text.
 */
package io.keyspan.exception;
