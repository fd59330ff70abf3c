package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the attribute the partition key of one or more <em>global secondary indexes</em> (GSIs).
 *
 * <p>A GSI is a second copy of the table's items, kept up to date by DynamoDB, under a different
 * key: its own partition key and optionally a sort key ({@link IndexSortKey}). It lets a Query find
 * items by something other than the table's key ({@code queryByEmail(email)}). Unlike the table
 * key, index key values need not be unique. A GSI is:
 *
 * <ul>
 *   <li><b>sparse</b>: an item appears in it only if it has every key attribute of the index;
 *   <li><b>eventually consistent</b>: it is updated shortly after each write, so a {@code
 *       consistentRead} on a GSI is an error;
 *   <li><b>projected</b>: it holds the key attributes and whatever {@link Index#projection()} says
 *       (all attributes unless declared otherwise);
 *   <li><b>separately provisioned</b> on a {@link Table.BillingMode#PROVISIONED} table, see {@link
 *       Index}.
 * </ul>
 *
 * <p>One attribute may key several indexes: {@code @IndexPartitionKey({"ByEmail",
 * "ByEmailAndDate"})}. Each index named here is a GSI, even when its partition key is the table's
 * own partition key (put this annotation on the {@link PartitionKey} attribute to build such a GSI;
 * for a local index use {@link LocalIndexSortKey} instead).
 *
 * <p><b>Multi-attribute keys.</b> A global index's partition key may be made of up to four
 * attributes, hashed together: annotate each with its position, {@link #order()} 1 to 4, with no
 * gaps (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 * A Query of the index tests every one of them with equality.
 *
 * <pre>{@code
 * public record Match(@PartitionKey String matchId,
 *                     @IndexPartitionKey(value = "ByBracket", order = 1) String tournament,
 *                     @IndexPartitionKey(value = "ByBracket", order = 2) String region,
 *                     @IndexSortKey(value = "ByBracket", order = 1) int round,
 *                     @IndexSortKey(value = "ByBracket", order = 2) String bracket) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface IndexPartitionKey {
  /** The names of the global indexes, each 3 to 255 characters from {@code a-zA-Z0-9_.-}. */
  String[] value();

  /**
   * This attribute's position, from 1, in a partition key made of several attributes, the same in
   * every index named here; 0, the default, for a single-attribute partition key.
   */
  int order() default 0;
}
