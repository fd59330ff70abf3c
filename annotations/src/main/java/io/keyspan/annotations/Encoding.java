package io.keyspan.annotations;

/**
 * A stored form that {@link StoredAs} chooses for one Java type: how Keyspan writes it, so that
 * Keyspan and another mapper read and write the same table. Each constant belongs to one
 * <em>family</em> (instants, booleans, null document fields); one {@code @StoredAs} names at most
 * one constant of a family. The first constant of each family is Keyspan's default.
 *
 * <p>Reading is lenient within a family: every instant form reads every ISO-8601 instant text, both
 * boolean forms read BOOL as well as the numbers 1 and 0, and a NULL field reads as an absent one
 * whatever is chosen. So a table written partly by Keyspan and partly by the other mapper reads
 * back whole.
 */
public enum Encoding {
  /**
   * An {@code Instant} as ISO-8601 text with always nine fraction digits, {@code
   * 2024-05-01T12:00:00.500000000Z}: Keyspan's default. Every value has the same width, so string
   * order is time order and {@code begins_with(At, "2024-05")} selects a month.
   */
  INSTANT_FIXED_WIDTH,

  /**
   * An {@code Instant} as {@code Instant.toString()}, {@code 2024-05-01T12:00:00.500Z} or {@code
   * 2024-05-01T12:00:00Z}: what the AWS SDK v2 Enhanced Client writes. The number of fraction
   * digits varies (0, 3, 6 or 9), so string order is not always time order: {@code ...T12:00:00Z}
   * sorts after {@code ...T12:00:00.5Z}.
   */
  INSTANT_TO_STRING,

  /**
   * An {@code Instant} as ISO-8601 text in UTC with three fraction digits, {@code
   * 2024-05-01T12:00:00.500Z}: how the SDK v1 DynamoDBMapper writes {@code java.util.Date} and
   * {@code Calendar}. Fixed width, so string order is time order; digits finer than a millisecond
   * are dropped on write, as the form cannot hold them.
   */
  INSTANT_MILLIS,

  /**
   * A {@code boolean} as BOOL {@code true}/{@code false}: Keyspan's (and the Enhanced Client's)
   * default.
   */
  BOOLEAN_BOOL,

  /** A {@code boolean} as the number 1 or 0 (N): how the SDK v1 DynamoDBMapper writes booleans. */
  BOOLEAN_NUMBER,

  /**
   * A null field of a {@link Document} is left out of the stored map: Keyspan's default, and the
   * smallest item. Like {@link #NULL_FIELDS_NULL}, it is chosen by the attribute that holds the
   * document.
   */
  NULL_FIELDS_ABSENT,

  /**
   * A null field of a {@link Document} is stored as NULL ({@code {"NULL": true}}): what the
   * Enhanced Client writes for nested beans, unless they are annotated
   * {@code @DynamoDbIgnoreNulls}. It applies to the documents an attribute holds (directly, or in a
   * list or map), chosen on that attribute or as the default of the {@link Table} or {@link
   * Document} type declaring it; a document inside a document follows its own holder's choice.
   */
  NULL_FIELDS_NULL
}
