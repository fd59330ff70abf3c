package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the table's sort key (DynamoDB's RANGE key): together with the {@link PartitionKey} it
 * identifies an item, and within one partition key value items are stored and queried in sort-key
 * order.
 *
 * <p>At most one per {@link Table}. Order is numeric for numbers, by UTF-8 bytes for strings and by
 * unsigned bytes for binaries; a Query can then select a range of it ({@code =}, {@code <}, {@code
 * <=}, {@code >}, {@code >=}, {@code BETWEEN}, or {@code begins_with} on strings and binaries).
 * Like the partition key it must map to S, N or B; values are at most 1024 bytes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface SortKey {}
