package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyComponentsTest {

  /** Encodes values given in ascending order and checks string order is the same order. */
  private static <V> void assertOrderPreserved(List<V> ascending, Function<V, String> encode) {
    List<String> encoded = ascending.stream().map(encode).toList();
    List<String> sorted = new ArrayList<>(encoded);
    sorted.sort(Comparator.naturalOrder());
    assertThat(sorted).containsExactlyElementsIn(encoded).inOrder();
    assertThat(encoded.stream().distinct().count()).isEqualTo(encoded.size());
  }

  @Test
  void integers_stringOrderIsNumericOrder_acrossSignsAndExtremes() {
    assertOrderPreserved(
        List.of(
            Integer.MIN_VALUE,
            Integer.MIN_VALUE + 1,
            -1000,
            -10,
            -9,
            -2,
            -1,
            0,
            1,
            9,
            10,
            1000,
            Integer.MAX_VALUE - 1,
            Integer.MAX_VALUE),
        KeyComponents::encode);
  }

  @Test
  void longs_stringOrderIsNumericOrder_acrossSignsAndExtremes() {
    assertOrderPreserved(
        List.of(
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1,
            -100_000_000_000L,
            -1L,
            0L,
            1L,
            100_000_000_000L,
            Long.MAX_VALUE),
        KeyComponents::encode);
  }

  @Test
  void shortsAndBytes_stringOrderIsNumericOrder() {
    assertOrderPreserved(
        List.of(Short.MIN_VALUE, (short) -1, (short) 0, (short) 7, Short.MAX_VALUE),
        KeyComponents::encode);
    assertOrderPreserved(
        List.of(Byte.MIN_VALUE, (byte) -1, (byte) 0, (byte) 7, Byte.MAX_VALUE),
        KeyComponents::encode);
  }

  @Test
  void integers_haveTheDocumentedForm() {
    assertThat(KeyComponents.encode(42)).isEqualTo("0000000042");
    assertThat(KeyComponents.encode(0)).isEqualTo("0000000000");
    assertThat(KeyComponents.encode(Integer.MAX_VALUE)).isEqualTo("2147483647");
    assertThat(KeyComponents.encode(-1)).isEqualTo("-2147483647");
    assertThat(KeyComponents.encode(Integer.MIN_VALUE)).isEqualTo("-0000000000");
    assertThat(KeyComponents.encode(Long.MIN_VALUE)).isEqualTo("-0000000000000000000");
    assertThat(KeyComponents.encode(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(KeyComponents.encode((short) 5)).isEqualTo("00005");
    assertThat(KeyComponents.encode((byte) -128)).isEqualTo("-000");
  }

  @Test
  void instants_areFixedWidthUtc_andOrdered() {
    List<Instant> ascending =
        List.of(
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.EPOCH,
            Instant.parse("2024-05-01T12:00:00Z"),
            Instant.parse("2024-05-01T12:00:00.5Z"),
            Instant.parse("2024-05-01T12:00:01Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"));
    assertOrderPreserved(ascending, KeyComponents::encode);
    assertThat(KeyComponents.encode(Instant.parse("2024-05-01T12:00:00.5Z")))
        .isEqualTo("2024-05-01T12:00:00.500000000Z");
    assertThat(ascending.stream().map(KeyComponents::encode).map(String::length).distinct())
        .containsExactly(30);
  }

  @Test
  void instants_outsideYears0To9999_areRejected() {
    MappingException error =
        assertThrows(
            MappingException.class,
            () -> KeyComponents.encode(Instant.parse("+10000-01-01T00:00:00Z")));
    assertThat(error).hasMessageThat().contains("only years 0000 to 9999");
    assertThrows(
        MappingException.class,
        () -> KeyComponents.encode(Instant.parse("0000-01-01T00:00:00Z").minusNanos(1)));
  }

  @Test
  void dates_uuidsEnumsStrings_haveTheirDocumentedForms() {
    assertThat(KeyComponents.encode(LocalDate.of(2024, 5, 1))).isEqualTo("2024-05-01");
    assertOrderPreserved(
        List.of(LocalDate.of(0, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(2024, 5, 1)),
        KeyComponents::encode);
    assertThrows(MappingException.class, () -> KeyComponents.encode(LocalDate.of(10000, 1, 1)));
    assertThat(KeyComponents.encode(UUID.fromString("123E4567-E89B-12D3-A456-426614174000")))
        .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(KeyComponents.encode(Thread.State.RUNNABLE)).isEqualTo("RUNNABLE");
    assertThat(KeyComponents.encode("a#b")).isEqualTo("a#b");
  }

  @Test
  void nulls_encodeAsNull() {
    assertThat(KeyComponents.encode((Integer) null)).isNull();
    assertThat(KeyComponents.encode((Instant) null)).isNull();
    assertThat(KeyComponents.encodeValue(null)).isNull();
  }

  @Test
  void encodeValue_dispatchesOnTheRuntimeType() {
    assertThat(KeyComponents.encodeValue(42)).isEqualTo(KeyComponents.encode(42));
    assertThat(KeyComponents.encodeValue(42L)).isEqualTo(KeyComponents.encode(42L));
    assertThat(KeyComponents.encodeValue(Instant.EPOCH))
        .isEqualTo(KeyComponents.encode(Instant.EPOCH));
    assertThat(KeyComponents.encodeValue(Thread.State.NEW)).isEqualTo("NEW");
  }

  @Test
  void encodeValue_rejectsTypesWithoutAnOrderedForm_sayingWhy() {
    assertThat(assertThrows(MappingException.class, () -> KeyComponents.encodeValue(1.5)))
        .hasMessageThat()
        .isEqualTo(
            "a Double cannot be a key-template component: a number with a fraction has no"
                + " fixed-width text whose order is numeric order");
    assertThat(
            assertThrows(MappingException.class, () -> KeyComponents.encodeValue(BigDecimal.ONE)))
        .hasMessageThat()
        .contains("a number with a fraction");
    assertThat(assertThrows(MappingException.class, () -> KeyComponents.encodeValue(List.of(1))))
        .hasMessageThat()
        .contains("a collection has no single ordered text");
  }
}
