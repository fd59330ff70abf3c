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
 * for the index, and a member without one stays out of it (a sparse index). Repeat it once per
 * index.
 *
 * <p>The index projects every attribute unless {@link #projection()} says otherwise, with the same
 * choices as {@link Index#projection()}. A member's generated {@code queryBy<Index>} returns whole
 * members, so every attribute of a member that fills the index must be projected: the keys, the
 * item-type attribute and the member's own attributes (see <a
 * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Projections">Projected
 * attributes</a>).
 *
 * <pre>{@code
 * @IndexAttributes(index = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
 * @IndexAttributes(index = "GSI2", partitionKey = "GSI2PK",
 *     projection = Index.ProjectionType.INCLUDE, include = {"_type", "Total"})
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

  /** Which attributes the index copies; {@link Index.ProjectionType#ALL} unless set. */
  Index.ProjectionType projection() default Index.ProjectionType.ALL;

  /**
   * The non-key attributes an {@link Index.ProjectionType#INCLUDE} index copies, by attribute name.
   * Empty for the other projection types.
   */
  String[] include() default {};

  /**
   * Read capacity units per second of the index on a provisioned table; 0, the default, means the
   * table's {@link Table#readCapacity()}. Not allowed on an on-demand table.
   */
  long readCapacity() default 0;

  /**
   * Write capacity units per second of the index on a provisioned table; 0, the default, means the
   * table's {@link Table#writeCapacity()}. Not allowed on an on-demand table.
   */
  long writeCapacity() default 0;
}
