package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The unboxed and converter-free reads and writes of generated code give exactly what the
 * attribute's converter gives, value or error, at the edges of each Java type and just past them.
 */
class PrimitiveFieldsTest {
  private static final ValueCodec<AttributeValue> KEYSPAN = ValueCodec.keyspan();
  private static final TypedAttribute<Integer> INT =
      new TypedAttribute<>(Path.of("Count"), Converters.INTEGER);
  private static final TypedAttribute<Long> LONG =
      new TypedAttribute<>(Path.of("Total"), Converters.LONG);
  private static final TypedAttribute<String> STRING =
      new TypedAttribute<>(Path.of("Name"), Converters.STRING);

  private static final List<String> INT_EDGES =
      List.of(
          "0",
          "-1",
          "999999999",
          "-999999999",
          "1000000000",
          "2147483647",
          "-2147483648",
          "2147483648",
          "-2147483649",
          "9999999999",
          "-9999999999",
          "10000000000",
          "1.5",
          "-0.5",
          "1E+3");

  private static final List<String> LONG_EDGES =
      List.of(
          "0",
          "-1",
          "999999999999999999",
          "-999999999999999999",
          "1000000000000000000",
          "9223372036854775807",
          "-9223372036854775808",
          "9223372036854775808",
          "-9223372036854775809",
          "99999999999999999999",
          "2.5");

  @Test
  void ints_readAsTheConverterReadsThem_atAndPastTheEdges() {
    for (String text : INT_EDGES) {
      Map<String, AttributeValue> item = Map.of("Count", AttributeValue.n(text));

      assertThat(outcome(() -> PrimitiveFields.readInt(INT, item, KEYSPAN)))
          .isEqualTo(outcome(() -> INT.read(item, 0)));
    }
  }

  @Test
  void ints_pastTheEdges_failNamingTheAttribute() {
    Map<String, AttributeValue> item = Map.of("Count", AttributeValue.n("2147483648"));

    assertThat(outcome(() -> PrimitiveFields.readInt(INT, item, KEYSPAN)))
        .isEqualTo("failure: attribute Count: the number 2147483648 does not fit in an int");
    assertThat(
            PrimitiveFields.readInt(INT, Map.of("Count", AttributeValue.n("-2147483648")), KEYSPAN))
        .isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void longs_readAsTheConverterReadsThem_atAndPastTheEdges() {
    for (String text : LONG_EDGES) {
      Map<String, AttributeValue> item = Map.of("Total", AttributeValue.n(text));

      assertThat(outcome(() -> PrimitiveFields.readLong(LONG, item, KEYSPAN)))
          .isEqualTo(outcome(() -> LONG.read(item, 0L)));
    }
    assertThat(
            outcome(
                () ->
                    PrimitiveFields.readLong(
                        LONG, Map.of("Total", AttributeValue.n("9223372036854775808")), KEYSPAN)))
        .isEqualTo(
            "failure: attribute Total: the number 9223372036854775808 does not fit in a long");
  }

  @Test
  void absentNullAndOtherTypes_readAsTheConverterReadsThem() {
    List<Map<String, AttributeValue>> items =
        List.of(
            Map.of(),
            Map.of("Count", AttributeValue.nul(), "Total", AttributeValue.nul()),
            Map.of("Count", AttributeValue.s("1"), "Total", AttributeValue.bool(true)),
            Map.of("Name", AttributeValue.nul()),
            Map.of("Name", AttributeValue.n("1")));
    for (Map<String, AttributeValue> item : items) {
      assertThat(outcome(() -> PrimitiveFields.readInt(INT, item, KEYSPAN)))
          .isEqualTo(outcome(() -> INT.read(item, 0)));
      assertThat(outcome(() -> PrimitiveFields.readLong(LONG, item, KEYSPAN)))
          .isEqualTo(outcome(() -> LONG.read(item, 0L)));
      assertThat(outcome(() -> PrimitiveFields.readString(STRING, item, KEYSPAN)))
          .isEqualTo(outcome(() -> STRING.read(item)));
    }
  }

  @Test
  void strings_readAndWriteAsTheConverter_nullLeftAbsent() {
    assertThat(PrimitiveFields.readString(STRING, Map.of("Name", AttributeValue.s("Ada")), KEYSPAN))
        .isEqualTo("Ada");

    for (String value : new String[] {"Ada", "", null}) {
      Map<String, AttributeValue> viaFields = new HashMap<>();
      Map<String, AttributeValue> viaAttribute = new HashMap<>();
      PrimitiveFields.writeString(STRING, viaFields, value, KEYSPAN);
      STRING.write(viaAttribute, value);

      assertThat(viaFields).isEqualTo(viaAttribute);
    }
  }

  @Test
  void plainInteger_readsOnlyAnOptionalMinusAndUpToTheDigits() {
    assertThat(NumberText.plainInteger("0", 1)).isEqualTo(0);
    assertThat(NumberText.plainInteger("-0", 1)).isEqualTo(0);
    assertThat(NumberText.plainInteger("907", 3)).isEqualTo(907);
    assertThat(NumberText.plainInteger("-907", 3)).isEqualTo(-907);
    assertThat(NumberText.plainInteger("999999999999999999", 18))
        .isEqualTo(999_999_999_999_999_999L);
    for (String declined :
        new String[] {"", "-", "1234", "-1234", "1.0", "1/", "1:", "+1", "1E3"}) {
      assertThat(NumberText.plainInteger(declined, 3)).isEqualTo(NumberText.NOT_PLAIN);
    }
  }

  /** The value read, or the message of the mapping error. */
  private static Object outcome(Supplier<?> read) {
    try {
      return read.get();
    } catch (MappingException e) {
      return "failure: " + e.getMessage();
    }
  }
}
