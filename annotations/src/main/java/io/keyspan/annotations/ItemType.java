package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The item type of a member of a single table ({@link KeyAttributes}), as written into the table's
 * item-type attribute; without it, the member's simple name. Item types of one table differ.
 *
 * <pre>{@code
 * @ItemType("CUSTOMER")
 * @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
 * public record Customer(String customerId, String name, String email) implements ShopItem {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ItemType {
  /** The item type, not empty. */
  String value();
}
