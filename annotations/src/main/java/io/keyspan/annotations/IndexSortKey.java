package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the attribute the sort key of one or more <em>global secondary indexes</em>, each of which
 * must also have an {@link IndexPartitionKey}.
 *
 * <p>Within one index partition key value, a Query returns items in the order of this attribute and
 * can select a range of it, as with the table's {@link SortKey}. Unlike a table's sort key, an
 * index sort key does not make index entries unique: many items may share both index key values.
 *
 * <p>For a sort key under the <em>table's</em> partition key in a local index, use {@link
 * LocalIndexSortKey}. One attribute may be the sort key of several indexes:
 * {@code @IndexSortKey({"ByStatus", "ByRegion"})}.
 *
 * <p><b>Multi-attribute keys.</b> A global index's sort key may be made of up to four attributes,
 * each annotated with its position, {@link #order()} 1 to 4, with no gaps (see {@link
 * IndexPartitionKey}). Items are ordered by the first, then the second, and so on; a Query tests
 * them left to right, with equality on each but the last one it tests, which may take a range
 * condition.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface IndexSortKey {
  /** The names of the global indexes this attribute is the sort key of. */
  String[] value();

  /**
   * This attribute's position, from 1, in a sort key made of several attributes, the same in every
   * index named here; 0, the default, for a single-attribute sort key.
   */
  int order() default 0;
}
