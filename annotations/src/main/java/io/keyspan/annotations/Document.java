package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record or class, used as a property type of a {@link Table} type (directly or in lists and
 * maps), to a DynamoDB map (M): each property becomes a key of the map.
 *
 * <p>Documents nest to any depth DynamoDB allows (32 levels), and their contents can be addressed
 * in expressions by document paths such as {@code Address.City} or {@code Lines[0].Price}. Within a
 * document, {@link Attribute}, {@link Ignore} and {@link Convert} apply; keys, indexes, versions,
 * counters, timestamps and TTL belong to tables only. A {@code null} document is stored as an
 * absent attribute.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Document {}
