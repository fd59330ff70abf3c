package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the table's time-to-live (TTL) attribute: the moment after which DynamoDB may delete the
 * item by itself, at no write cost.
 *
 * <p>DynamoDB reads the TTL attribute as a number of seconds since the epoch (1970-01-01 UTC).
 * Items whose time has passed are deleted in the background, typically within a few days, so reads
 * may still see expired items until then; an item without the attribute, or with a non-number
 * value, never expires. TTL is switched on per table ({@code UpdateTimeToLive}); the generated
 * {@code createTable()} does it for this attribute.
 *
 * <p>Allowed on {@code Instant} and {@code long}/{@code Long} epoch seconds; an {@code Instant}
 * annotated here is stored as a number of epoch seconds, not as a string. At most one per {@link
 * Table}; not allowed on key attributes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface TimeToLive {}
