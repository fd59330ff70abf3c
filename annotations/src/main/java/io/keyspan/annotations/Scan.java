package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs a DynamoDB Scan: it reads every item of the table or of one
 * secondary index, in no defined order, and returns those that pass the {@link #filter()}.
 *
 * <p>A Scan's cost grows with the size of the table, not with the number of results: the filter is
 * applied after reading, and every item read consumes capacity. Prefer a {@link Query} when a key
 * can select the items; the annotation makes the choice of a Scan explicit and reviewable. Return
 * types and paging parameters are as for {@link Query}.
 *
 * <pre>{@code
 * @Scan(filter = "Age > :age") List<User> olderThan(int age);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Scan {
  /** A FilterExpression, applied after reading; empty to return every item. */
  String filter() default "";

  /** A ProjectionExpression: the attribute paths to return; empty for all. */
  String projection() default "";

  /** The secondary index to scan; empty for the table itself. */
  String index() default "";

  /** The most items the method returns in total; 0 for no limit. */
  int limit() default 0;

  /** The most items DynamoDB evaluates per request (DynamoDB's {@code Limit}); 0 for up to 1 MB. */
  int pageSize() default 0;

  /** Whether to read with strong consistency; not available on global indexes. */
  boolean consistentRead() default false;
}
