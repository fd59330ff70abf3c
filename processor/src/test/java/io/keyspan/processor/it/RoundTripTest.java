package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.schema.MappingException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every supported type through the generated toItem/fromItem, with edge values. */
class RoundTripTest {
  private static final EverythingSchema SCHEMA = EverythingSchema.instance();

  private static Everything full(
      String text, BigDecimal decimal, List<String> tags, Set<String> labels) {
    Address old = new Address("1 Old Road", "Lyon", 69001, List.of());
    Address home = new Address("2 Rue", "Paris", 75001, List.of(old));
    return new Everything(
        "id-1",
        true,
        Boolean.FALSE,
        Byte.MIN_VALUE,
        Short.MAX_VALUE,
        Integer.MIN_VALUE,
        Long.MAX_VALUE,
        Float.MAX_VALUE,
        -1.0E-100,
        'é',
        Byte.MAX_VALUE,
        Short.MIN_VALUE,
        Integer.MAX_VALUE,
        Long.MIN_VALUE,
        0.1f,
        0.1,
        '\u0000',
        decimal,
        new BigInteger("-99999999999999999999999999999999999999"),
        text,
        new byte[] {0, -1, 127},
        ByteBuffer.wrap(new byte[] {}),
        Color.GREEN,
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        URI.create("https://keyspan.io/a?b=c"),
        Instant.parse("2024-05-01T12:00:00Z"),
        LocalDate.of(2024, 2, 29),
        LocalTime.of(10, 15),
        LocalDateTime.of(2024, 1, 1, 0, 0),
        OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 5, ZoneOffset.ofHours(2)),
        ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
        Duration.ofMillis(1500),
        Period.of(1, 2, 3),
        Year.of(2024),
        YearMonth.of(2024, 5),
        MonthDay.of(2, 29),
        ZoneId.of("UTC"),
        Optional.of("Al"),
        tags,
        List.of(List.of(1, 2), List.of()),
        labels,
        Set.of(1L, -5L, 9_999_999_999L),
        Set.of(ByteBuffer.wrap(new byte[] {1}), ByteBuffer.wrap(new byte[] {2, 3})),
        Set.of(Color.RED, Color.BLUE),
        Map.of("a", 1.5, "b", -2.0),
        Map.of("home", List.of(home)),
        home,
        List.of(home, old),
        new Money(1234, "EUR"));
  }

  /** A full item with ordinary values. */
  static Everything sample() {
    return full(
        "text",
        new BigDecimal("12345678901234567890.123456789012345678"),
        List.of("a", ""),
        Set.of("x", ""));
  }

  private static void assertRoundTrip(Everything original) {
    Everything read = SCHEMA.fromItem(SCHEMA.toItem(original));
    assertThat(read.bytes()).isEqualTo(original.bytes());
    Everything comparable =
        new Everything(
            read.id(),
            read.flag(),
            read.boxedFlag(),
            read.tiny(),
            read.small(),
            read.number(),
            read.big(),
            read.single(),
            read.precise(),
            read.letter(),
            read.boxedTiny(),
            read.boxedSmall(),
            read.boxedNumber(),
            read.boxedBig(),
            read.boxedSingle(),
            read.boxedPrecise(),
            read.boxedLetter(),
            read.decimal(),
            read.integer(),
            read.text(),
            original.bytes(),
            read.buffer(),
            read.color(),
            read.uuid(),
            read.uri(),
            read.instant(),
            read.date(),
            read.time(),
            read.dateTime(),
            read.offsetDateTime(),
            read.zonedDateTime(),
            read.duration(),
            read.period(),
            read.year(),
            read.yearMonth(),
            read.monthDay(),
            read.zone(),
            read.nickname(),
            read.tags(),
            read.matrix(),
            read.labels(),
            read.scores(),
            read.blobs(),
            read.colors(),
            read.weights(),
            read.addressBook(),
            read.home(),
            read.addresses(),
            read.price());
    assertThat(comparable).isEqualTo(original);
  }

  @Test
  void everySupportedType_roundTrips() {
    assertRoundTrip(sample());
  }

  @Test
  void edgeValues_roundTrip_emptyStringsMaxPrecisionAndEmptyCollections() {
    assertRoundTrip(
        full(
            "",
            new BigDecimal("9.9999999999999999999999999999999999999E+125"),
            List.of(),
            Set.of("only")));
    assertRoundTrip(full("", new BigDecimal("-1E-130"), List.of(""), Set.of("only")));
  }

  @Test
  void emptySet_isStoredAsAbsent_andReadAsEmpty() {
    Everything original = full("t", BigDecimal.ONE, List.of(), Set.of());
    Map<String, AttributeValue> item = SCHEMA.toItem(original);
    assertThat(item).doesNotContainKey("labels");
    assertThat(SCHEMA.fromItem(item).labels()).isEmpty();
  }

  @Test
  void nullsAndEmptyOptional_areStoredAsAbsent() {
    Everything sparse =
        new Everything(
            "id",
            false,
            null,
            (byte) 0,
            (short) 0,
            0,
            0L,
            0f,
            0d,
            'x',
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Optional.empty(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Map<String, AttributeValue> item = SCHEMA.toItem(sparse);
    assertThat(item.keySet())
        .containsExactly(
            "id", "flag", "tiny", "small", "number", "big", "single", "precise", "letter");
    Everything read = SCHEMA.fromItem(item);
    assertThat(read.nickname()).isEmpty();
    assertThat(read.text()).isNull();
    assertThat(read.labels()).isEmpty();
  }

  @Test
  void storedForms_areTheDocumentedOnes() {
    Map<String, AttributeValue> item =
        SCHEMA.toItem(full("t", BigDecimal.TEN, List.of("a"), Set.of("x")));
    assertThat(item.get("instant")).isEqualTo(AttributeValue.s("2024-05-01T12:00:00.000000000Z"));
    assertThat(item.get("color")).isEqualTo(AttributeValue.s("GREEN"));
    assertThat(item.get("flag")).isEqualTo(AttributeValue.bool(true));
    assertThat(item.get("big")).isEqualTo(AttributeValue.n(Long.MAX_VALUE));
    assertThat(item.get("scores")).isEqualTo(AttributeValue.ns("1", "-5", "9999999999"));
    assertThat(item.get("price")).isEqualTo(AttributeValue.s("EUR 1234"));
    assertThat(item.get("home")).isInstanceOf(AttributeValue.M.class);
    assertThat(((AttributeValue.M) item.get("home")).values().get("City"))
        .isEqualTo(AttributeValue.s("Paris"));
  }

  @Test
  void instantsSortAsStrings_inTimeOrder() {
    String early =
        EverythingSchema.INSTANT.toValue(Instant.parse("2024-05-01T12:00:00Z")).toString();
    String late =
        EverythingSchema.INSTANT.toValue(Instant.parse("2024-05-01T12:00:00.5Z")).toString();
    assertThat(early.length()).isEqualTo(late.length());
    assertThat(early.compareTo(late)).isLessThan(0);
  }

  @Test
  void numberThatDoesNotFitTheJavaType_isMappingError() {
    Map<String, AttributeValue> item =
        new java.util.HashMap<>(SCHEMA.toItem(full("t", BigDecimal.ONE, List.of(), Set.of("x"))));
    item.put("number", AttributeValue.n("1.5"));
    MappingException e = assertThrows(MappingException.class, () -> SCHEMA.fromItem(item));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("attribute number: the number 1.5 does not fit in an int");
  }

  @Test
  void numberBeyondDynamoDbRange_isRejectedWithDynamoDbsMessage() {
    Everything huge = full("t", new BigDecimal("1E+126"), List.of(), Set.of("x"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SCHEMA.toItem(huge));
    assertThat(e).hasMessageThat().startsWith("attribute decimal: Number overflow");
  }

  @Test
  void javaBean_withInheritedKeyAndIgnoredField_roundTrips() {
    Person person = new Person();
    person.setId("p1");
    person.setGeneration(3);
    person.setName("Ada");
    person.setActive(true);
    person.setCache("not stored");
    Map<String, AttributeValue> item = PersonSchema.instance().toItem(person);
    assertThat(item.keySet()).containsExactly("id", "generation", "FullName", "active");
    Person read = PersonSchema.instance().fromItem(item);
    assertThat(read.getId()).isEqualTo("p1");
    assertThat(read.getGeneration()).isEqualTo(3);
    assertThat(read.getName()).isEqualTo("Ada");
    assertThat(read.isActive()).isTrue();
    assertThat(read.getCache()).isNull();
  }

  @Test
  void immutableClass_isBuiltThroughItsConstructor() {
    Product read =
        ProductSchema.instance()
            .fromItem(ProductSchema.instance().toItem(new Product("sku", 499, List.of("x"))));
    assertThat(read.sku()).isEqualTo("sku");
    assertThat(read.getPriceCents()).isEqualTo(499);
    assertThat(read.tags()).containsExactly("x");
  }
}
