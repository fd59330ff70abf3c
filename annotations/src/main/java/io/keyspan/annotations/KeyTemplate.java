package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a member of a single table ({@link KeyAttributes}) renders one key: the table's key, or with
 * {@link #index()} the key of one {@link IndexAttributes} index. A template is literal text with
 * {@code {component}}s, each naming a property of the member; the generated code writes the
 * component's value in, in a form whose string order is the value's order (integral numbers are
 * zero-padded, instants fixed-width UTC). Components are strings, enums, integral numbers, {@code
 * Instant}, {@code LocalDate} or {@code UUID}; two components are separated by literal text.
 *
 * <p>Every member has a table-key template; a member without a template for an index stays out of
 * it, and so does an item whose index components are null (a sparse index). Repeat it once per key.
 *
 * <pre>{@code
 * @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}#{orderId}")
 * @KeyTemplate(index = "GSI1", partition = "ORDER#{orderId}", sort = "ORDER")
 * public record Order(String customerId, String orderId, Instant placedAt, long total)
 *     implements ShopItem {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(KeyTemplates.class)
public @interface KeyTemplate {
  /** The index whose key this renders; empty, the default, for the table's key. */
  String index() default "";

  /** The partition key template, such as {@code CUSTOMER#{customerId}}. */
  String partition();

  /** The sort key template; empty for a table or index without a sort key. */
  String sort() default "";
}
