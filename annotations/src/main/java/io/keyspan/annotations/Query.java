package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs a DynamoDB Query: it reads the items of one partition key value, in
 * sort-key order, from the table or from one secondary index.
 *
 * <p>A Query is the efficient read: it touches only one item collection. Its {@link #key()}
 * condition must name the partition key of the table or index with {@code =}, and may add one
 * condition on its sort key. Everything else about the items goes in the {@link #filter()}, which
 * DynamoDB applies <em>after</em> reading, so filtered-out items still cost read capacity.
 *
 * <p>Return types: {@code List<T>}, {@code Stream<T>} (pages fetched lazily), the runtime's page
 * type, {@code Optional<T>} or {@code T} (only when at most one item can match, or with {@code
 * limit = 1}), {@code long} (count), {@code boolean} (exists), or a record whose components are a
 * subset of the entity's attributes (the projection is derived from it). Parameters annotated
 * {@link Limit}, {@link PageSize} and {@link Cursor} set paging per call.
 *
 * <pre>{@code
 * @Query(key = "CustomerID = :customer AND begins_with(OrderID, :prefix)",
 *        filter = "Total > :minimum", descending = true)
 * List<Order> recentOrders(String customer, String prefix, long minimum);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /**
   * The KeyConditionExpression: {@code PK = :v}, optionally {@code AND} one sort-key condition
   * ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN :a AND :b}, or {@code
   * begins_with(SK, :p)} on strings and binaries). No {@code OR}, {@code NOT}, {@code <>} or
   * non-key attributes.
   */
  String key();

  /** A FilterExpression on non-key attributes, applied after reading; empty for none. */
  String filter() default "";

  /** The secondary index to query; empty for the table itself. */
  String index() default "";

  /**
   * A ProjectionExpression: the comma-separated attribute paths to return; empty for all (or as the
   * return type's components say). On a global index, only projected attributes exist.
   */
  String projection() default "";

  /** Whether items come in descending sort-key order (DynamoDB's ScanIndexForward = false). */
  boolean descending() default false;

  /** The most items the method returns in total; 0 for no limit. */
  int limit() default 0;

  /**
   * The most items DynamoDB evaluates per request (DynamoDB's {@code Limit}, counted before the
   * filter); 0 for DynamoDB's own page size of up to 1 MB.
   */
  int pageSize() default 0;

  /**
   * Whether to read with strong consistency (every write acknowledged before the read is seen), at
   * twice the read cost. Not available on global indexes, which are eventually consistent.
   */
  boolean consistentRead() default false;
}
