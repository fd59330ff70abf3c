package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures a secondary index declared by the key annotations ({@link IndexPartitionKey}, {@link
 * IndexSortKey}, {@link LocalIndexSortKey}): which attributes it copies, and for a global index on
 * a {@link Table.BillingMode#PROVISIONED} table, its capacity. Repeat it on the {@link Table} type,
 * once per index to configure; an index without it projects {@link ProjectionType#ALL} and, if
 * provisioned, gets the table's capacity.
 *
 * <h2>Projection</h2>
 *
 * An index stores its own copy of each item's attributes. Projecting less makes the index smaller
 * and its writes cheaper, but a Query on a global index can return only projected attributes (a
 * local index fetches the others from the table, at extra cost):
 *
 * <ul>
 *   <li>{@link ProjectionType#KEYS_ONLY}: the table's and the index's key attributes;
 *   <li>{@link ProjectionType#INCLUDE}: the keys plus the attributes listed in {@link #include()};
 *   <li>{@link ProjectionType#ALL}: every attribute.
 * </ul>
 *
 * <pre>{@code
 * @Table(name = "Orders")
 * @Index(name = "ByStatus", projection = Index.ProjectionType.INCLUDE, include = {"Total"})
 * public record Order(@PartitionKey String customerId, @SortKey String orderId,
 *                     @IndexPartitionKey("ByStatus") String status, long total) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {
  /** The index being configured, as named by its key annotations. */
  String name();

  /** Which attributes the index copies. */
  ProjectionType projection() default ProjectionType.ALL;

  /**
   * The non-key attributes an {@link ProjectionType#INCLUDE} index copies, by attribute name (as
   * stored, after {@link Attribute} renaming). At most 100 over all indexes of a table. Empty for
   * the other projection types.
   */
  String[] include() default {};

  /**
   * Read capacity units per second of a global index on a provisioned table; 0, the default, means
   * the table's {@link Table#readCapacity()}. Not allowed on local indexes.
   */
  long readCapacity() default 0;

  /**
   * Write capacity units per second of a global index on a provisioned table; 0, the default, means
   * the table's {@link Table#writeCapacity()}. Not allowed on local indexes.
   */
  long writeCapacity() default 0;

  /** Which attributes a secondary index copies from the table. */
  enum ProjectionType {
    /** Every attribute of the item. */
    ALL,
    /** Only the table's and the index's key attributes. */
    KEYS_ONLY,
    /** The key attributes plus the attributes listed in {@link Index#include()}. */
    INCLUDE
  }
}
