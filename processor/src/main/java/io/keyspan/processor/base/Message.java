package io.keyspan.processor.base;

import java.util.Locale;

/**
 * Every error the processor reports: the rule broken and the fix, in one place. Tests assert
 * against this catalog rather than copied strings.
 */
public enum Message {
  NOT_A_CLASS("%s is annotated with @%s, but only records and concrete classes can be mapped: Keyspan instantiates them."),
  NO_PARTITION_KEY(
      "%s has no partition key: a table needs exactly one. Annotate the property that identifies an item with @PartitionKey."),
  TWO_PARTITION_KEYS(
      "%s is a second partition key (the first is %s): a table has exactly one partition key. Keep one @PartitionKey; make the other part of the key the @SortKey."),
  TWO_SORT_KEYS(
      "%s is a second sort key (the first is %s): a table has at most one sort key. Keep one @SortKey; combine the parts into one attribute if you need more."),
  KEY_TYPE(
      "The key attribute %s has the type %s: keys of tables and indexes must be stored as a string (S), number (N) or binary (B). Use a String, a number, byte[], ByteBuffer, an enum, a UUID, a time type, or a @Convert converter whose toAttributeValue is declared to return AttributeValue.S, N or B."),
  KEY_OPTIONAL(
      "The key attribute %s is an Optional: declare it as %s. A table's key is in every item; an index key may be null, and items without it are left out of the index."),
  UNSUPPORTED_TYPE(
      "The property %s of %s has the type %s, which Keyspan cannot store. Supported types: %s. For any other type, declare a converter with @Convert."),
  NOT_A_DOCUMENT(
      "The property %s of %s has the type %s, which Keyspan cannot store: %s is not a @Document. Annotate %s with @Document to store it as a map, or declare a converter with @Convert."),
  LEGACY_DATE_TYPE(
      "The property %s of %s has the type %s, which Keyspan does not store: %s is a legacy date type. Use %s instead (%s converts one), or declare a converter with @Convert."),
  DUPLICATE_ATTRIBUTE(
      "The attribute name \"%s\" of %s is also used by %s: attribute names of an item are unique. Rename one with @Attribute(\"...\")."),
  EMPTY_ATTRIBUTE_NAME("The property %s has an empty attribute name: DynamoDB attribute names are 1 byte to 64 KB. Name it in @Attribute(\"...\")."),
  DUPLICATE_CONSTANT(
      "The property %s becomes the constant %s, like the property %s: generated constant names must differ. Rename one of the properties."),
  NO_CONSTRUCTOR(
      "%s has no usable constructor: Keyspan creates items without reflection, so it needs a public no-argument constructor with setters for every attribute (%s), or a constructor whose parameters are exactly the attributes (%s)."),
  CREATOR_MISMATCH(
      "The @Creator constructor of %s does not match its properties: Keyspan passes every attribute to it, so its parameters must be exactly the properties, by name (%s)."),
  NO_ACCESSOR(
      "The property %s of %s cannot be read: Keyspan reads items without reflection, so it needs an accessible getter (%s()) or a non-private field."),
  TWO_VERSIONS("%s is a second @Version attribute (the first is %s): an item has one optimistic-locking version."),
  VERSION_TYPE(
      "The version attribute %s has the type %s: an optimistic-locking version is an integral number (int, long, Integer, Long, short, BigInteger)."),
  COUNTER_TYPE("The atomic counter %s has the type %s: a counter is an integral number (int, long, Integer, Long, short, BigInteger)."),
  TIMESTAMP_TYPE(
      "The timestamp %s has the type %s: use Instant, OffsetDateTime, ZonedDateTime, LocalDateTime, LocalDate, or long for epoch milliseconds."),
  TWO_TIMESTAMPS("%s is a second @%s attribute (the first is %s): an item has one of each timestamp."),
  TTL_TYPE(
      "The time-to-live attribute %s has the type %s: DynamoDB reads expiry as a number of epoch seconds, so use long, Long or Instant."),
  TWO_TTLS("%s is a second @TimeToLive attribute (the first is %s): a table has one time-to-live attribute."),
  MAINTAINED_KEY("The key attribute %s cannot also be @%s: Keyspan changes that attribute on writes, and a key never changes."),
  INVALID_TABLE_NAME(
      "The table name \"%s\" is invalid: table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  INVALID_INDEX_NAME(
      "The index name \"%s\" is invalid: index names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  INDEX_TWO_PARTITION_KEYS(
      "%s is a second partition key of the index %s (the first is %s): an index has exactly one partition key."),
  INDEX_TWO_SORT_KEYS("%s is a second sort key of the index %s (the first is %s): an index has at most one sort key."),
  INDEX_CONFLICT("The index %s is declared inconsistently (%s, %s): %s."),
  LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY(
      "The index %s has only a sort key, so it is a local secondary index on the table's partition key, but %s has no sort key: DynamoDB allows local indexes only on tables with a sort key. Add @SortKey, or give the index its own @IndexPartitionKey."),
  BILLING_CONFLICT(
      "%s is on demand (PAY_PER_REQUEST) but declares provisioned capacity: remove the capacity, or use PROVISIONED billing."),
  BAD_CAPACITY("The capacity of %s must be at least 1 read and 1 write unit, not %d and %d."),
  CONVERTER_CONSTRUCTOR(
      "The converter %s has no public no-argument constructor: Keyspan creates converters with `new %s()`, without reflection."),
  CONVERTER_TYPE("The converter %s converts %s, but the property %s has the type %s: use a converter for %s."),
  CONVERTER_NOT_FOUND(
      "The converter named in @Convert on the property %s does not exist, even after every annotation processor of the build ran: check the class name and its import, or the processor that should generate it."),
  NOT_A_CONVERTER("%s does not implement io.keyspan.schema.AttributeConverter, so it cannot convert the property %s."),
  ENCODING_CONFLICT(
      "@StoredAs on %s chooses both %s and %s, two forms of %s: a value has one stored form. Keep one of them."),
  ENCODING_TYPE(
      "@StoredAs(%s) chooses a form of %s, but the property %s has the type %s, which holds none. Remove it here, or put it on the property it is meant for."),
  ENCODING_WITH_CONVERTER(
      "The property %s has both @Convert and @StoredAs: its converter alone decides how it is stored. Remove @StoredAs, or let the converter write the form you need."),
  ENCODING_TTL(
      "The time-to-live attribute %s cannot be @StoredAs(%s): DynamoDB reads expiry only from a number of epoch seconds, which is how Keyspan stores it."),
  UNEXPECTED("Keyspan's processor failed on %s: %s. This is a bug in Keyspan; please report it with this trace:%n%s");

  private final String template;

  Message(String template) {
    this.template = template;
  }

  public String format(Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }

  /** The text with its {@code %s} placeholders, for checks of the catalog's wording. */
  public String template() {
    return template;
  }
}
