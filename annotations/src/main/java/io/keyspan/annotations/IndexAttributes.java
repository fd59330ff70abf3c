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
 * @IndexAttributes(index = "ByLeague", partitionKeys = {"league", "season"},
 *     sortKeys = {"points", "team"})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexAttributesList.class)
public @interface IndexAttributes {
  /** The index name: 3 to 255 characters from {@code a-z A-Z 0-9 _ . -}. */
  String index();

  /**
   * The index's partition key attribute, such as {@code GSI1PK}, whose value each member renders
   * from its {@link KeyTemplate}. Empty when {@link #partitionKeys()} is set instead.
   */
  String partitionKey() default "";

  /** The index's sort key attribute, such as {@code GSI1SK}; empty for an index without one. */
  String sortKey() default "";

  /**
   * The attributes of a multi-attribute partition key (up to four, in key order), instead of {@link
   * #partitionKey()}. Members store these attributes themselves as properties rather than rendering
   * them from templates: a member is in the index when its properties hold every one of them, and
   * an item whose value is null is left out of it (see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html">Multi-attribute
   * keys</a>).
   */
  String[] partitionKeys() default {};

  /**
   * The attributes of a multi-attribute sort key (up to four, in key order), instead of {@link
   * #sortKey()}; only with {@link #partitionKeys()}. A member may hold a prefix of them.
   */
  String[] sortKeys() default {};

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
