package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs a DynamoDB PutItem: it writes one whole item, given as the method's
 * entity parameter, replacing any item with the same key.
 *
 * <p>With a {@link #condition()}, the item is written only if the condition holds on the item
 * stored before ({@code attribute_not_exists(UserID)} for "create, never overwrite"); otherwise the
 * method raises a conditional-check failure and nothing changes. The other parameters bind to the
 * condition's {@code :placeholders}. Return types: {@code void}, {@code boolean} (whether a
 * condition held), or {@code Optional<T>} (the replaced item, DynamoDB's ReturnValues ALL_OLD).
 *
 * <pre>{@code
 * @Put(condition = "attribute_not_exists(UserID)") void create(User user);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Put {
  /** A ConditionExpression that must hold on the item stored before; empty for none. */
  String condition() default "";
}
