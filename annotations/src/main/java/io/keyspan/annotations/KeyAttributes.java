package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the physical key attributes of a single table: a {@link Table} on a sealed interface whose
 * permitted records or classes are its item types. Every key attribute is a string (S) rendered
 * from each member's {@link KeyTemplate}, so members of different shapes share one key schema.
 *
 * <p>Each item's type is written into {@link #itemTypeAttribute()} ({@code _type} unless named); a
 * table written by other code can leave it empty, and then an item's type is derived from its keys:
 * the member whose table-key templates match them.
 *
 * <pre>{@code
 * @Table(name = "Shop")
 * @KeyAttributes(partitionKey = "PK", sortKey = "SK")
 * public sealed interface ShopItem permits Customer, Order, OrderLine {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface KeyAttributes {
  /** The partition key attribute, such as {@code PK}. */
  String partitionKey();

  /** The sort key attribute, such as {@code SK}; empty, the default, for a table without one. */
  String sortKey() default "";

  /**
   * The attribute that holds each item's type ({@link ItemType}). Empty means the table has none:
   * the type is derived from the keys, which the processor then checks are never ambiguous.
   */
  String itemTypeAttribute() default "_type";
}
