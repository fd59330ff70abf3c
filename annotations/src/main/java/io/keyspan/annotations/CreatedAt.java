package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a timestamp that Keyspan sets when the item is first written, from the clock configured on
 * {@code Keyspan} (so tests can fix it).
 *
 * <p>A put of an object whose value is {@code null} stores the current time; an update stores it
 * only where the item does not have the attribute yet ({@code SET CreatedAt =
 * if_not_exists(CreatedAt, :now)}), so the first write wins. Allowed on {@code Instant}, the other
 * {@code java.time} date-time types and {@code long} epoch milliseconds. Instants are stored as
 * fixed-width ISO-8601 strings, so their string order is time order and they can be sort keys,
 * unless {@link StoredAs} chooses another form.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface CreatedAt {}
