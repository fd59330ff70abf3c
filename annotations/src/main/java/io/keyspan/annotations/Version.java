package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-locking version: an integral number ({@code int}, {@code long}, their boxes,
 * or {@code BigInteger}) that Keyspan checks and increments on every write, so that two writers
 * cannot silently overwrite each other's changes.
 *
 * <p>DynamoDB has no locks; instead a write can carry a <em>condition</em> that must hold on the
 * stored item. The generated repository adds one to each write:
 *
 * <ul>
 *   <li>a put of a new object (version {@code null}, or 0 for a primitive) requires that no item
 *       with that key exists ({@code attribute_not_exists}) and stores version 1;
 *   <li>a put, update or delete of an object read earlier requires the stored version to equal the
 *       object's ({@code Version = :expected}); a put or update stores the next version.
 * </ul>
 *
 * <p>When another writer got there first the condition fails and the operation raises an
 * optimistic-locking exception; nothing is written. At most one per {@link Table}; not allowed on
 * key attributes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Version {}
