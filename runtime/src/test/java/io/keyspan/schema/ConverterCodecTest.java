package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import io.keyspan.value.ValueCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The codec half of each built-in converter ({@code encode}/{@code decode}) stores and reads
 * exactly what its Keyspan half does, including the cheap number routes and the errors.
 */
class ConverterCodecTest {
  private static final ValueCodec<AttributeValue> KEYSPAN = ValueCodec.keyspan();

  private static <V> void assertSameEncoding(AttributeConverter<V> converter, V value) {
    assertThat(converter.encode(value, KEYSPAN)).isEqualTo(converter.toAttributeValue(value));
  }

  private static <V> void assertSameDecoding(
      AttributeConverter<V> converter, AttributeValue value) {
    assertThat(converter.decode(value, KEYSPAN)).isEqualTo(converter.fromAttributeValue(value));
  }

  @Test
  void doubles_theCheapTextIsTheBigDecimalText_forEdgesAndASeededSweep() {
    List<Double> doubles =
        new ArrayList<>(
            Arrays.asList(
                0.0,
                -0.0,
                1.0,
                -1.0,
                100.0,
                0.1,
                0.001,
                9.999e-4,
                9_999_999.0,
                1.0e7,
                1.5,
                -2.25,
                123456.789,
                1.0e125,
                1.0e-100,
                Math.PI));
    Random random = new Random(18);
    for (int i = 0; i < 2_000; i++) {
      doubles.add(random.nextDouble() * Math.pow(10, random.nextInt(20) - 6));
      doubles.add(-random.nextInt(1_000_000) / 100.0);
    }
    for (double d : doubles) {
      assertSameEncoding(Converters.DOUBLE, d);
      if (Float.isFinite((float) d)) {
        assertSameEncoding(Converters.FLOAT, (float) d);
      }
      AttributeValue stored = Converters.DOUBLE.toAttributeValue(d);
      assertSameDecoding(Converters.DOUBLE, stored);
      assertSameDecoding(Converters.FLOAT, stored);
    }
  }

  @Test
  void integers_encodeAndDecodeAsTheBigDecimalPath_atTheEdgesOfEachType() {
    for (long n : new long[] {0, 1, -1, 99, -128, 127, 32767, -32768, 999_999_999}) {
      assertSameEncoding(Converters.LONG, n);
      assertSameDecoding(Converters.LONG, AttributeValue.n(n));
    }
    for (int n : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -7}) {
      assertSameEncoding(Converters.INTEGER, n);
      assertSameDecoding(Converters.INTEGER, AttributeValue.n(n));
    }
    assertSameEncoding(Converters.LONG, Long.MIN_VALUE);
    assertSameDecoding(Converters.LONG, AttributeValue.n(Long.MAX_VALUE));
    assertSameEncoding(Converters.SHORT, Short.MIN_VALUE);
    assertSameDecoding(Converters.SHORT, AttributeValue.n(Short.MAX_VALUE));
    assertSameEncoding(Converters.BYTE, Byte.MIN_VALUE);
    assertSameDecoding(Converters.BYTE, AttributeValue.n(Byte.MAX_VALUE));
  }

  @Test
  void numbersTheTypeCannotHold_failWithTheSameMessage_andTheOthersReadTheSame() {
    List<AttributeValue> values =
        List.of(
            AttributeValue.n("128"),
            AttributeValue.n("2147483648"),
            AttributeValue.n("9223372036854775808"),
            AttributeValue.n("1.5"),
            AttributeValue.s("1"));
    for (AttributeValue value : values) {
      for (AttributeConverter<?> converter :
          List.of(Converters.BYTE, Converters.INTEGER, Converters.LONG)) {
        assertThat(outcome(() -> converter.decode(value, KEYSPAN)))
            .isEqualTo(outcome(() -> converter.fromAttributeValue(value)));
      }
    }
    assertThat(mappingFailure(() -> Converters.DOUBLE.decode(AttributeValue.s("1"), KEYSPAN)))
        .isEqualTo(
            mappingFailure(() -> Converters.DOUBLE.fromAttributeValue(AttributeValue.s("1"))));
  }

  @Test
  void doublesDynamoDbCannotStore_failAsOnTheKeyspanPath() {
    assertThat(mappingFailure(() -> Converters.DOUBLE.encode(Double.NaN, KEYSPAN)))
        .isEqualTo(mappingFailure(() -> Converters.DOUBLE.toAttributeValue(Double.NaN)));
    assertThrows(
        InvalidValueException.class, () -> Converters.DOUBLE.encode(Double.MIN_VALUE, KEYSPAN));
  }

  @Test
  void booleans_textsAndEnums_encodeAndDecodeTheSame_andBooleansStillReadOneAndZero() {
    assertSameEncoding(Converters.BOOLEAN, true);
    assertSameDecoding(Converters.BOOLEAN, AttributeValue.bool(false));
    assertSameDecoding(Converters.BOOLEAN, AttributeValue.n(1));
    Instant instant = Instant.parse("2024-05-01T12:00:00.5Z");
    assertSameEncoding(Converters.INSTANT, instant);
    assertSameDecoding(Converters.INSTANT, Converters.INSTANT.toAttributeValue(instant));
    assertSameEncoding(Converters.STRING, "");
    AttributeConverter<Thread.State> states =
        Converters.enumeration("Thread.State", Thread.State::valueOf);
    assertSameDecoding(states, AttributeValue.s("NEW"));
    assertThat(mappingFailure(() -> states.decode(AttributeValue.s("OLD"), KEYSPAN)))
        .isEqualTo(mappingFailure(() -> states.fromAttributeValue(AttributeValue.s("OLD"))));
  }

  @Test
  void stringSets_encodeAndDecodeTheSame_andOtherSetsTakeKeyspansPath() {
    AttributeConverter<Set<String>> strings =
        Converters.set(AttributeValue.Type.SS, Converters.STRING);
    AttributeConverter<Thread.State> state =
        Converters.enumeration("Thread.State", Thread.State::valueOf);
    AttributeConverter<Set<Thread.State>> states = Converters.set(AttributeValue.Type.SS, state);
    AttributeConverter<Set<Long>> numbers = Converters.set(AttributeValue.Type.NS, Converters.LONG);

    assertSameEncoding(strings, new LinkedHashSet<>(List.of("b", "a", "")));
    assertThat(strings.encode(Set.of(), KEYSPAN)).isNull();
    assertSameEncoding(states, EnumSet.of(Thread.State.NEW, Thread.State.BLOCKED));
    assertSameEncoding(numbers, new LinkedHashSet<>(List.of(5L, -1L)));
    assertSameDecoding(strings, AttributeValue.ss("x", "y"));
    assertSameDecoding(states, AttributeValue.ss("NEW"));
    assertSameDecoding(numbers, AttributeValue.ns("1", "2"));
    Set<String> withNull = new HashSet<>(Arrays.asList("a", null));
    assertThat(mappingFailure(() -> strings.encode(withNull, KEYSPAN)))
        .isEqualTo(mappingFailure(() -> strings.toAttributeValue(withNull)));
    assertThat(mappingFailure(() -> states.decode(AttributeValue.ss("OLD"), KEYSPAN)))
        .isEqualTo(mappingFailure(() -> states.fromAttributeValue(AttributeValue.ss("OLD"))));
  }

  @Test
  void stringsInListsMapsAndSets_readStraight_inOrder_nullsAndOtherTypesAsTheKeyspanPath() {
    AttributeConverter<List<String>> list = Converters.list(Converters.STRING);
    AttributeConverter<java.util.Map<String, String>> map = Converters.map(Converters.STRING);
    AttributeValue elements =
        AttributeValue.l(
            List.of(AttributeValue.s("b"), AttributeValue.nul(), AttributeValue.s("")));
    java.util.Map<String, AttributeValue> entries = new java.util.LinkedHashMap<>();
    entries.put("z", AttributeValue.s("1"));
    entries.put("a", AttributeValue.nul());

    assertSameDecoding(list, elements);
    assertThat(list.decode(elements, KEYSPAN)).containsExactly("b", null, "").inOrder();
    assertSameDecoding(map, AttributeValue.m(entries));
    assertThat(map.decode(AttributeValue.m(entries), KEYSPAN).keySet())
        .containsExactly("z", "a")
        .inOrder();
    assertThat(
            Converters.set(AttributeValue.Type.SS, Converters.STRING)
                .decode(AttributeValue.ss("y", "x"), KEYSPAN))
        .containsExactly("y", "x")
        .inOrder();
    AttributeValue number = AttributeValue.l(List.of(AttributeValue.n(1)));
    assertThat(mappingFailure(() -> list.decode(number, KEYSPAN)))
        .isEqualTo(mappingFailure(() -> list.fromAttributeValue(number)));
  }

  @Test
  void aConverterWithoutACodecHalf_goesThroughKeyspansValue() {
    AttributeConverter<BigDecimal> halves =
        AttributeConverter.of(AttributeValue::n, value -> ((AttributeValue.N) value).value());

    assertSameEncoding(halves, new BigDecimal("1.50"));
    assertSameDecoding(halves, AttributeValue.n("-0.5"));
  }

  @Test
  void numberText_acceptsOnlyPlainDigits() {
    assertThat(NumberText.isInteger("-123", 3)).isTrue();
    assertThat(NumberText.isInteger("1234", 3)).isFalse();
    assertThat(NumberText.isInteger("-", 3)).isFalse();
    assertThat(NumberText.isInteger("1.0", 3)).isFalse();
    assertThat(NumberText.isDecimal("-1.25")).isTrue();
    assertThat(NumberText.isDecimal("1E5")).isFalse();
    assertThat(NumberText.isDecimal("1.2.3")).isFalse();
    assertThat(NumberText.isDecimal(".")).isFalse();
    assertThat(NumberText.isDecimal("NaN")).isFalse();
  }

  /** The value read, or the message of the mapping error. */
  private static Object outcome(Supplier<?> read) {
    try {
      return read.get();
    } catch (MappingException e) {
      return "failure: " + e.getMessage();
    }
  }

  private static String mappingFailure(Executable executable) {
    return assertThrows(MappingException.class, executable).getMessage();
  }
}
