package io.keyspan.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The text forms of key-template components ({@code {customerId}} in {@code
 * CUSTOMER#{customerId}}): stable, and ordered so that string order is the order of the values,
 * since DynamoDB sorts S keys by their UTF-8 bytes (<a
 * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html#HowItWorks.CoreComponents.PrimaryKey">primary
 * keys</a>). Every method maps null to null, which {@link KeyPattern#render} turns into an absent
 * key (a sparse index).
 *
 * <ul>
 *   <li>{@link String}: as is. Any character is allowed, {@code #} too; a component that a literal
 *       follows in its template must not contain that literal's first character, which {@link
 *       KeyPattern#render} checks, so two items never render the same key.
 *   <li>Enums: {@link Enum#name()}.
 *   <li>{@code byte}, {@code short}, {@code int}, {@code long}: a fixed number of digits per type
 *       (3, 5, 10, 19). A value {@code >= 0} is its digits, zero-padded ({@code int 42 ->
 *       0000000042}); a negative value is {@code -} followed by its distance from the type's
 *       minimum, zero-padded ({@code int -1 -> -2147483647}, {@code Integer.MIN_VALUE ->
 *       -0000000000}). Since {@code -} sorts before every digit, string order is numeric order.
 *   <li>{@link Instant}: UTC with nine fraction digits, {@code 2024-05-01T12:00:00.000000000Z},
 *       always 30 characters; years 0000 to 9999 only (others throw {@link MappingException}).
 *   <li>{@link LocalDate}: {@code yyyy-MM-dd}, years 0000 to 9999 only.
 *   <li>{@link UUID}: the canonical lowercase form.
 * </ul>
 *
 * <p>Floating-point numbers, {@link BigDecimal} and collections have no component form: a number
 * with a fraction has no fixed-width text whose order is numeric order, and a collection no single
 * ordered text. The annotation processor rejects them at compile time; {@link #encodeValue} rejects
 * them at run time.
 */
public final class KeyComponents {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
  private static final Instant FIRST_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private KeyComponents() {}

  /** The string as is. */
  public static String encode(String value) {
    return value;
  }

  /** The constant's {@link Enum#name()}. */
  public static String encode(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Three digits, or {@code -} and three digits: {@code 7 -> 007}, {@code -1 -> -127}. */
  public static String encode(Byte value) {
    return value == null ? null : integral(value, Byte.MIN_VALUE, 3);
  }

  /** Five digits, or {@code -} and five digits. */
  public static String encode(Short value) {
    return value == null ? null : integral(value, Short.MIN_VALUE, 5);
  }

  /** Ten digits, or {@code -} and ten digits: {@code 42 -> 0000000042}. */
  public static String encode(Integer value) {
    return value == null ? null : integral(value, Integer.MIN_VALUE, 10);
  }

  /** Nineteen digits, or {@code -} and nineteen digits. */
  public static String encode(Long value) {
    return value == null ? null : integral(value, Long.MIN_VALUE, 19);
  }

  /**
   * UTC with nine fraction digits: {@code 2024-05-01T12:00:00.000000000Z}.
   *
   * @throws MappingException for an instant before year 0000 or after year 9999
   */
  public static String encode(Instant value) {
    if (value == null) {
      return null;
    }
    if (value.isBefore(FIRST_INSTANT) || value.isAfter(LAST_INSTANT)) {
      throw new MappingException(
          "the instant " + value + " has no key form: only years 0000 to 9999 keep a fixed width");
    }
    return INSTANT.format(value);
  }

  /**
   * {@code yyyy-MM-dd}.
   *
   * @throws MappingException for a date before year 0000 or after year 9999
   */
  public static String encode(LocalDate value) {
    if (value == null) {
      return null;
    }
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw new MappingException(
          "the date " + value + " has no key form: only years 0000 to 9999 keep a fixed width");
    }
    return DATE.format(value);
  }

  /** The canonical lowercase form. */
  public static String encode(UUID value) {
    return value == null ? null : value.toString();
  }

  /**
   * The form of a value whose type is known only at run time (an update's {@code SET} of a template
   * component): the typed {@code encode} of its class.
   *
   * @throws MappingException for a type that has no component form, saying why
   */
  public static String encodeValue(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof String string) {
      return encode(string);
    } else if (value instanceof Enum<?> constant) {
      return encode(constant);
    } else if (value instanceof Byte number) {
      return encode(number);
    } else if (value instanceof Short number) {
      return encode(number);
    } else if (value instanceof Integer number) {
      return encode(number);
    } else if (value instanceof Long number) {
      return encode(number);
    } else if (value instanceof Instant instant) {
      return encode(instant);
    } else if (value instanceof LocalDate date) {
      return encode(date);
    } else if (value instanceof UUID uuid) {
      return encode(uuid);
    }
    throw new MappingException(
        "a "
            + value.getClass().getSimpleName()
            + " cannot be a key-template component: "
            + why(value));
  }

  private static String why(Object value) {
    if (value instanceof Number) {
      return "a number with a fraction has no fixed-width text whose order is numeric order";
    } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return "a collection has no single ordered text";
    }
    return "only strings, enums, byte, short, int, long, Instant, LocalDate and UUID have one";
  }

  /** Zero-padded digits; a negative value is '-' and its distance from the minimum. */
  private static String integral(long value, long minimum, int width) {
    // value - minimum fits in a long for every negative value, however it wraps on the way.
    String digits = Long.toString(value < 0 ? value - minimum : value);
    return (value < 0 ? "-" : "") + "0".repeat(width - digits.length()) + digits;
  }
}
