package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a property through an application-supplied converter, for types Keyspan does not map
 * itself or to change how a type is stored: {@code @Convert(MoneyConverter.class) Money price}.
 *
 * <p>The converter implements the runtime's {@code io.keyspan.schema.AttributeConverter<T>} for the
 * property's type {@code T} and has a public no-argument constructor; the generated schema creates
 * one instance and calls it directly. A converter to S, N or B makes the property usable as a key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Convert {
  /**
   * The converter class. Typed {@code Class<?>} because this module has no dependencies; the
   * processor checks that it implements {@code AttributeConverter} for the property's type.
   */
  Class<?> value();
}
