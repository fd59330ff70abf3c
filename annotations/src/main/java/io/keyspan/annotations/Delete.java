package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs a DynamoDB DeleteItem on one item, identified by the parameters
 * named after the table's key properties. Deleting an item that does not exist is not an error.
 *
 * <p>With a {@link #condition()}, the item is deleted only if the condition holds on it; otherwise
 * the method raises a conditional-check failure and nothing changes. Return types: {@code void},
 * {@code boolean} (whether a condition held), or {@code Optional<T>} (the deleted item, DynamoDB's
 * ReturnValues ALL_OLD).
 *
 * <pre>{@code
 * @Delete(condition = "Status = :status") void deleteIf(String orderId, String status);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** A ConditionExpression that must hold on the stored item; empty for none. */
  String condition() default "";
}
