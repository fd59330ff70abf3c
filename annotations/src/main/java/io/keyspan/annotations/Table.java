package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record or class to a DynamoDB table, one object per item; or, on a sealed interface with
 * {@link KeyAttributes}, a single table whose items are of several types (its permitted records or
 * classes, see {@link KeyTemplate}).
 *
 * <p>The type must have exactly one {@link PartitionKey} and at most one {@link SortKey}; together
 * they form the table's <em>key schema</em>. The processor generates {@code TSchema} (the table
 * definition and straight-line {@code toItem}/{@code fromItem} code) and {@code TRepository} (typed
 * operations) next to the type.
 *
 * <h2>Billing mode and capacity</h2>
 *
 * DynamoDB charges for throughput in one of two ways:
 *
 * <ul>
 *   <li>{@link BillingMode#PAY_PER_REQUEST} (on demand): no capacity to plan; each request is
 *       billed by the read and write units it consumes.
 *   <li>{@link BillingMode#PROVISIONED}: the table reserves {@link #readCapacity()} read capacity
 *       units and {@link #writeCapacity()} write capacity units per second. One read unit is one
 *       strongly consistent read (or two eventually consistent reads) of up to 4 KB per second; one
 *       write unit is one write of up to 1 KB per second. Each global secondary index has its own
 *       capacity, set with {@link Index}; local secondary indexes share the table's.
 * </ul>
 *
 * <p>Capacity values are only meaningful with {@code PROVISIONED}; giving them explicitly on a
 * {@code PAY_PER_REQUEST} table is a compile error.
 *
 * <pre>{@code
 * @Table(name = "Users")
 * public record User(@PartitionKey @Attribute("UserID") String userId,
 *                    @Attribute("Name") String name) {}
 *
 * @Table(name = "Orders", billingMode = Table.BillingMode.PROVISIONED,
 *        readCapacity = 10, writeCapacity = 5)
 * public record Order(@PartitionKey String customerId, @SortKey String orderId) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * The table name: 3 to 255 characters from {@code a-z A-Z 0-9 _ . -}. Empty, the default, means
   * the type's simple name. A table-name prefix or resolver configured on {@code Keyspan} is
   * applied at run time.
   */
  String name() default "";

  /** How throughput is paid for; on demand unless set. */
  BillingMode billingMode() default BillingMode.PAY_PER_REQUEST;

  /** Read capacity units per second, for {@link BillingMode#PROVISIONED} tables. */
  long readCapacity() default 5;

  /** Write capacity units per second, for {@link BillingMode#PROVISIONED} tables. */
  long writeCapacity() default 5;

  /** How a table's throughput is paid for. */
  enum BillingMode {
    /** On demand: requests are billed by the capacity units they consume. */
    PAY_PER_REQUEST,
    /** Fixed read and write capacity units per second, for the table and each global index. */
    PROVISIONED
  }
}
