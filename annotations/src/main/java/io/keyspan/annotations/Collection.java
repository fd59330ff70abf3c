package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a set of items of several members that one Query reads: every item whose partition key (of
 * the table, or of {@link #index()}) is rendered from {@link #partition()}. The generated {@code
 * TTable} gets one method per collection, taking the partition template's components and returning
 * items of the sealed type, so a {@code switch} over them covers every member. The template must be
 * the partition template of at least one member for that key. Repeat it once per collection.
 *
 * <pre>{@code
 * @Collection(name = "customer", partition = "CUSTOMER#{customerId}")
 * @Collection(name = "order", index = "GSI1", partition = "ORDER#{orderId}")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(CollectionList.class)
public @interface Collection {
  /** The collection's name, a Java identifier: the name of its generated method. */
  String name();

  /** The index whose partitions the collection reads; empty, the default, for the table's. */
  String index() default "";

  /** The partition template its items share, such as {@code CUSTOMER#{customerId}}. */
  String partition();
}
