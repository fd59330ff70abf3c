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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface IndexSortKey {
  /** The names of the global indexes this attribute is the sort key of. */
  String[] value();
}
