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
 * for a local index use {@link LocalIndexSortKey} instead). Every index has exactly one partition
 * key attribute.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface IndexPartitionKey {
  /** The names of the global indexes, each 3 to 255 characters from {@code a-zA-Z0-9_.-}. */
  String[] value();
}
