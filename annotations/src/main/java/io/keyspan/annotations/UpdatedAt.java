package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a timestamp that Keyspan sets to the current time, from the clock configured on {@code
 * Keyspan}, on every put and every update of the item. The value the object carries is ignored when
 * writing. Allowed on the same types as {@link CreatedAt}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface UpdatedAt {}
