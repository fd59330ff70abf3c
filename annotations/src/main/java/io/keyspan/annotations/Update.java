package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs a DynamoDB UpdateItem: it changes attributes of one item in place,
 * without reading it first, creating the item if it does not exist (an upsert).
 *
 * <p>The item is identified by the parameters named after the table's key properties; the other
 * parameters bind to {@code :placeholders}. Every action of the expression sees the item as it was
 * before the update; key attributes cannot be updated, and no two actions may touch overlapping
 * paths. With a {@link #condition()}, the update happens only if the condition holds on the stored
 * item; otherwise it raises a conditional-check failure and changes nothing.
 *
 * <p>Return types: {@code void}; {@code boolean} (whether a condition held); {@code T} or {@code
 * Optional<T>}, the item as {@link #returnValues()} says.
 *
 * <pre>{@code
 * @Update(update = "SET Age = Age + :years", condition = "attribute_exists(UserID)")
 * User age(String userId, int years);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Update {
  /**
   * The UpdateExpression: clauses {@code SET path = value}, {@code REMOVE path}, {@code ADD path
   * value} (numbers and sets) and {@code DELETE path value} (sets), each at most once.
   */
  String update();

  /** A ConditionExpression that must hold on the stored item; empty for none. */
  String condition() default "";

  /** Which version of the item a non-void method returns. */
  ReturnValues returnValues() default ReturnValues.ALL_NEW;

  /** The item image an update returns (DynamoDB's ReturnValues, apart from NONE). */
  enum ReturnValues {
    /** The whole item before the update. */
    ALL_OLD,
    /** The attributes the update touched, as they were before it. */
    UPDATED_OLD,
    /** The whole item after the update. */
    ALL_NEW,
    /** The attributes the update touched, as they are after it. */
    UPDATED_NEW
  }
}
