package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a global secondary index of a single table ({@link KeyAttributes}) by its key
 * attributes. The index is overloaded: each member fills its keys from its own {@link KeyTemplate}
 * for the index, and a member without one stays out of it (a sparse index). The index projects
 * every attribute. Repeat it once per index.
 *
 * <pre>{@code
 * @IndexAttributes(index = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexAttributesList.class)
public @interface IndexAttributes {
  /** The index name: 3 to 255 characters from {@code a-z A-Z 0-9 _ . -}. */
  String index();

  /** The index's partition key attribute, such as {@code GSI1PK}. */
  String partitionKey();

  /** The index's sort key attribute, such as {@code GSI1SK}; empty for an index without one. */
  String sortKey() default "";
}
