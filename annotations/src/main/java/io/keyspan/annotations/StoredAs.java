package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses how values are stored, so that Keyspan reads and writes a table another mapper wrote (the
 * AWS SDK v2 Enhanced Client or the SDK v1 DynamoDBMapper) without converting its items.
 *
 * <p>On a {@link Table} or {@link Document} type it sets the default for every property of the type
 * that the encoding fits; on a property it sets that property's form, overriding the type's
 * default. An encoding reaches into the property's collections ({@code List<Instant>}, {@code
 * Map<String, Boolean>}, {@code Optional<Instant>}), but not into the fields of a nested document:
 * a {@code @Document} type chooses for its own fields.
 *
 * <pre>{@code
 * @Table(name = "Orders")
 * @StoredAs({Encoding.INSTANT_TO_STRING, Encoding.NULL_FIELDS_NULL})   // as the Enhanced Client
 * public record Order(@PartitionKey String id,
 *                     @SortKey Instant placedAt,                       // "2024-05-01T12:00:00Z"
 *                     @StoredAs(Encoding.BOOLEAN_NUMBER) boolean gift, // 1 or 0
 *                     Address shipTo) {}                               // null fields as NULL
 * }</pre>
 *
 * <p>Compile errors: two encodings of one family in one annotation, an encoding on a property whose
 * type it does not fit, an encoding together with {@link Convert} (the converter decides), and an
 * instant encoding on the {@link TimeToLive} attribute (DynamoDB reads epoch seconds).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface StoredAs {
  /** The chosen forms, at most one of each family. */
  Encoding[] value();
}
