package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Permits a derived repository method to run as a Scan.
 *
 * <p>A derived method ({@code findByStatus}) normally resolves to a Query on the table or on the
 * index whose partition key it names. When no table or index key fits, the only way to answer it is
 * a Scan, which reads the whole table and costs capacity in proportion to the table's size. Other
 * frameworks fall back to that silently; Keyspan makes it a compile error unless the method carries
 * this annotation, so every full-table read is a visible, reviewed decision.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AllowScan {}
