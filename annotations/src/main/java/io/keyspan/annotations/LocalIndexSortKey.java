package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the attribute the sort key of one or more <em>local secondary indexes</em> (LSIs).
 *
 * <p>An LSI keeps the table's {@link PartitionKey} and orders each item collection by another
 * attribute: "the orders of a customer by date" next to "the orders of a customer by order id".
 * Compared with a global index ({@link IndexPartitionKey}) a local index:
 *
 * <ul>
 *   <li>requires the table to have a {@link SortKey}, and is created only with the table (it cannot
 *       be added later);
 *   <li>can be read with strong consistency, and fetches attributes it does not project from the
 *       table (at extra read cost);
 *   <li>shares the table's capacity, so {@link Index} may set its projection but not its capacity;
 *   <li>limits each item collection (table items plus index entries of one partition key value) to
 *       10 GB; a table has at most 5 local indexes.
 * </ul>
 *
 * <p>Like a GSI it is sparse: items without this attribute are not in the index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface LocalIndexSortKey {
  /** The names of the local indexes, each 3 to 255 characters from {@code a-zA-Z0-9_.-}. */
  String[] value();
}
