package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The converters of the stored forms other mappers write, chosen with {@code @StoredAs}: the AWS
 * SDK v2 Enhanced Client's and the SDK v1 DynamoDBMapper's. Generated schemas refer to these;
 * application code rarely needs them directly.
 *
 * <p>Every instant form reads any ISO-8601 instant text, and both boolean forms read BOOL and the
 * numbers 1 and 0, so a table written by both mappers reads back whole.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBMapper.DataTypes.html">DynamoDBMapper's
 *     data types</a>
 */
public final class Encodings {
  private Encodings() {}

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * An instant as {@link Instant#toString()}: {@code 2024-05-01T12:00:00Z}, {@code
   * 2024-05-01T12:00:00.500Z}. The Enhanced Client's {@code InstantAsStringAttributeConverter}
   * writes this form; its width varies with the fraction, so string order is not time order.
   */
  public static final AttributeConverter<Instant> INSTANT_TO_STRING =
      Converters.textual("Instant", Instant::toString, Instant::parse);

  /**
   * An instant as UTC text with milliseconds, {@code 2024-05-01T12:00:00.500Z}: DynamoDBMapper's
   * form of {@code java.util.Date} and {@code Calendar}. Finer digits are dropped on write.
   */
  public static final AttributeConverter<Instant> INSTANT_MILLIS =
      Converters.textual(
          "Instant",
          instant -> MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS)),
          Instant::parse);

  /** A boolean as the number 1 or 0 (N), DynamoDBMapper's form; reads BOOL too. */
  public static final AttributeConverter<Boolean> BOOLEAN_NUMBER =
      AttributeConverter.of(b -> AttributeValue.n(b ? 1 : 0), Encodings::readBoolean);

  /**
   * A document converter that stores every field the document leaves out as NULL, as the Enhanced
   * Client does for nested beans. Reading is unchanged: NULL reads as absent.
   *
   * @param fields the document's attribute names, in declaration order (the stored map's order)
   */
  public static <D> AttributeConverter<D> nullFields(
      AttributeConverter<D> document, List<String> fields) {
    Objects.requireNonNull(document, "document");
    List<String> names = List.copyOf(fields);
    return AttributeConverter.of(
        value -> {
          Map<String, AttributeValue> written =
              ((AttributeValue.M) document.toAttributeValue(value)).values();
          Map<String, AttributeValue> complete = new LinkedHashMap<>();
          for (String name : names) {
            complete.put(name, written.getOrDefault(name, AttributeValue.nul()));
          }
          written.forEach(complete::putIfAbsent);
          return AttributeValue.m(complete);
        },
        document::fromAttributeValue);
  }

  /** BOOL, or the number 1 (true) or 0 (false); anything else is a mapping error. */
  static Boolean readBoolean(AttributeValue value) {
    if (value instanceof AttributeValue.Bool bool) {
      return bool.value();
    }
    if (value instanceof AttributeValue.N n) {
      if (n.value().compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
      if (n.value().signum() == 0) {
        return false;
      }
      throw new MappingException(
          "expected BOOL, or the number 1 or 0, for boolean, found the number "
              + n.value().toPlainString());
    }
    throw Converters.mismatch(value, AttributeValue.Type.BOOL, "boolean");
  }
}
