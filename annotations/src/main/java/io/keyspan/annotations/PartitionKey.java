package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the table's partition key (DynamoDB's HASH key): the attribute whose value decides which
 * partition stores an item.
 *
 * <p>Every {@link Table} has exactly one. Without a {@link SortKey} the partition key alone
 * identifies an item, so its values are unique; with a sort key, all items sharing a partition key
 * value form one <em>item collection</em>, read together by a Query in sort-key order.
 *
 * <p>A key attribute must map to a string, number or binary (S, N or B): {@code String}, the
 * numeric types, {@code byte[]}, enums, {@code UUID}, the {@code java.time} types, or a type with a
 * {@link Convert converter} to one of those. Key values may not be empty and are at most 2048
 * bytes. Key attributes cannot be changed by an update; a different key is a different item.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PartitionKey {}
