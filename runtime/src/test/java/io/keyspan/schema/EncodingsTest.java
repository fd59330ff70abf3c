package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncodingsTest {
  private static final Instant MICROS = Instant.parse("2024-05-01T12:00:00.123456Z");

  @Test
  void instantToString_writesInstantToString_andReadsAnyIsoInstant() {
    assertThat(Encodings.INSTANT_TO_STRING.toAttributeValue(Instant.parse("2024-05-01T12:00:00Z")))
        .isEqualTo(AttributeValue.s("2024-05-01T12:00:00Z"));
    assertThat(Encodings.INSTANT_TO_STRING.toAttributeValue(MICROS))
        .isEqualTo(AttributeValue.s("2024-05-01T12:00:00.123456Z"));
    assertThat(
            Encodings.INSTANT_TO_STRING.fromAttributeValue(
                AttributeValue.s("2024-05-01T12:00:00.123456000Z")))
        .isEqualTo(MICROS);
  }

  @Test
  void instantMillis_writesThreeFractionDigitsInUtc_droppingFinerOnes() {
    assertThat(Encodings.INSTANT_MILLIS.toAttributeValue(MICROS))
        .isEqualTo(AttributeValue.s("2024-05-01T12:00:00.123Z"));
    assertThat(Encodings.INSTANT_MILLIS.toAttributeValue(Instant.parse("2024-05-01T12:00:00Z")))
        .isEqualTo(AttributeValue.s("2024-05-01T12:00:00.000Z"));
    assertThat(
            Encodings.INSTANT_MILLIS.fromAttributeValue(AttributeValue.s("2024-05-01T12:00:00Z")))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
  }

  @Test
  void instantText_thatIsNoInstant_isAMappingError() {
    MappingException error =
        assertThrows(
            MappingException.class,
            () -> Encodings.INSTANT_MILLIS.fromAttributeValue(AttributeValue.s("May 1st")));
    assertThat(error).hasMessageThat().contains("\"May 1st\" is not an Instant");
  }

  @Test
  void booleans_writeTheirForm_andBothReadBoolAndOneOrZero() {
    assertThat(Encodings.BOOLEAN_NUMBER.toAttributeValue(true)).isEqualTo(AttributeValue.n(1));
    assertThat(Encodings.BOOLEAN_NUMBER.toAttributeValue(false)).isEqualTo(AttributeValue.n(0));
    assertThat(Converters.BOOLEAN.toAttributeValue(true)).isEqualTo(AttributeValue.bool(true));
    for (AttributeConverter<Boolean> converter :
        List.of(Encodings.BOOLEAN_NUMBER, Converters.BOOLEAN)) {
      assertThat(converter.fromAttributeValue(AttributeValue.n(1))).isTrue();
      assertThat(converter.fromAttributeValue(AttributeValue.n(0))).isFalse();
      assertThat(converter.fromAttributeValue(AttributeValue.bool(true))).isTrue();
      assertThat(converter.fromAttributeValue(AttributeValue.bool(false))).isFalse();
    }
  }

  @Test
  void aBooleanFromAnotherNumberOrType_isAMappingError() {
    assertThat(
            assertThrows(
                MappingException.class,
                () -> Converters.BOOLEAN.fromAttributeValue(AttributeValue.n(-1))))
        .hasMessageThat()
        .isEqualTo("expected BOOL, or the number 1 or 0, for boolean, found the number -1");
    assertThat(
            assertThrows(
                MappingException.class,
                () -> Encodings.BOOLEAN_NUMBER.fromAttributeValue(AttributeValue.s("1"))))
        .hasMessageThat()
        .contains("expected BOOL for boolean, found S");
  }

  @Test
  void nullFields_fillsEveryLeftOutFieldWithNullInFieldOrder_keepsOthers_andReadsUnchanged() {
    AttributeConverter<Map<String, String>> document = Converters.map(Converters.STRING);
    AttributeConverter<Map<String, String>> withNulls =
        Encodings.nullFields(
            AttributeConverter.of(
                map -> {
                  Map<String, AttributeValue> present = new LinkedHashMap<>();
                  map.forEach(
                      (k, v) -> {
                        if (v != null) {
                          present.put(k, AttributeValue.s(v));
                        }
                      });
                  return AttributeValue.m(present);
                },
                document::fromAttributeValue),
            List.of("A", "B", "C"));
    Map<String, String> value = new LinkedHashMap<>();
    value.put("C", "c");
    value.put("A", null);
    value.put("Extra", "e");

    AttributeValue.M stored = (AttributeValue.M) withNulls.toAttributeValue(value);

    assertThat(stored.values())
        .containsExactly(
            "A",
            AttributeValue.nul(),
            "B",
            AttributeValue.nul(),
            "C",
            AttributeValue.s("c"),
            "Extra",
            AttributeValue.s("e"))
        .inOrder();
    assertThat(withNulls.fromAttributeValue(AttributeValue.m(Map.of("C", AttributeValue.s("c")))))
        .containsExactly("C", "c");
  }
}
