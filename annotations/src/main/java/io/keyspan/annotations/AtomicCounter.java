package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a number attribute that Keyspan maintains as a counter: the application never writes it,
 * and each update adds {@link #delta()} to it inside DynamoDB, atomically, with no read first.
 *
 * <p>The generated repository writes {@link #start()} when it puts an item, and adds to every
 * update {@code SET Counter = if_not_exists(Counter, :base) + :delta}, with {@code :base} being
 * {@code start - delta}: concurrent updates each count once, and the first update of an item that
 * lacked the attribute leaves it at {@code start}. Counting page views or downloads is the classic
 * use. The value the object carries is ignored when writing and refreshed when reading. Allowed on
 * integral number properties that are not keys.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface AtomicCounter {
  /** The value of a newly written counter. */
  long start() default 0;

  /** What each update adds; may be negative to count down. */
  long delta() default 1;
}
