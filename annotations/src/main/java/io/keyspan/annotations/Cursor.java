package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a page-returning {@link Query}, {@link Scan} or derived read
 * method as the cursor to resume from: the opaque text a previous page of the same method returned
 * (DynamoDB's LastEvaluatedKey), or {@code null} for the first page. A cursor from a different
 * query or index is rejected. It binds to no {@code :placeholder}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Cursor {}
