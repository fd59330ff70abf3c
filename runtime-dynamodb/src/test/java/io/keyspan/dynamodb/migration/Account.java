package io.keyspan.dynamodb.migration;

import io.keyspan.annotations.Encoding;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.StoredAs;
import io.keyspan.annotations.Table;
import java.time.Instant;

/**
 * Keyspan's view of a table the SDK v1 DynamoDBMapper writes: its {@code java.util.Date} becomes an
 * {@code Instant} in the same millisecond text, its booleans stay 1 and 0.
 */
@Table(name = "Accounts")
@StoredAs({Encoding.INSTANT_MILLIS, Encoding.BOOLEAN_NUMBER})
public record Account(
    @PartitionKey String id, Instant createdAt, boolean active, Boolean archived) {}
