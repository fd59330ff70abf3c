package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the DynamoDB attribute that a property is stored in, when it differs from the Java property
 * name: {@code @Attribute("UserID") String userId}.
 *
 * <p>Without it, the attribute is named exactly like the property. The attribute name is what
 * DynamoDB expression text uses ({@code @Query(key = "UserID = :userId")}); the generated schema
 * constant is named after the property ({@code UserSchema.USER_ID}). Any name is allowed, reserved
 * words and odd characters included: Keyspan always sends names as {@code #placeholders}. Within a
 * {@link Document} it names the map key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Attribute {
  /** The attribute name: 1 byte to 64 KB of UTF-8, at most 255 bytes if it keys an index. */
  String value();
}
