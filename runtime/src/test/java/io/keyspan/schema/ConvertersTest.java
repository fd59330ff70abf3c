package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConvertersTest {
  private enum Color {
    RED
  }

  @Test
  void instant_hasFixedWidthSoStringOrderIsTimeOrder() {
    assertThat(Converters.INSTANT.toAttributeValue(Instant.parse("0000-01-01T00:00:00Z")))
        .isEqualTo(AttributeValue.s("0000-01-01T00:00:00.000000000Z"));
    assertThat(Converters.INSTANT.toAttributeValue(Instant.parse("9999-12-31T23:59:59.999999999Z")))
        .isEqualTo(AttributeValue.s("9999-12-31T23:59:59.999999999Z"));
    assertThat(
            Converters.INSTANT.fromAttributeValue(
                AttributeValue.s("2024-01-01T00:00:00.000000001Z")))
        .isEqualTo(Instant.parse("2024-01-01T00:00:00.000000001Z"));
  }

  @Test
  void instantOutsideFourDigitYears_isRejected() {
    MappingException e =
        assertThrows(
            MappingException.class, () -> Converters.INSTANT.toAttributeValue(Instant.MAX));
    assertThat(e).hasMessageThat().contains("outside years 0000 to 9999");
  }

  @Test
  void epochSeconds_isANumber() {
    assertThat(Converters.EPOCH_SECONDS.toAttributeValue(Instant.ofEpochSecond(1_700_000_000L)))
        .isEqualTo(AttributeValue.n(1_700_000_000L));
  }

  @Test
  void nanAndInfinity_haveNoStoredForm() {
    assertThrows(MappingException.class, () -> Converters.DOUBLE.toAttributeValue(Double.NaN));
    assertThrows(
        MappingException.class, () -> Converters.FLOAT.toAttributeValue(Float.POSITIVE_INFINITY));
  }

  @Test
  void doubles_keepTheirShortestDecimalForm() {
    assertThat(Converters.DOUBLE.toAttributeValue(0.1)).isEqualTo(AttributeValue.n("0.1"));
    assertThat(Converters.DOUBLE.fromAttributeValue(AttributeValue.n("0.1"))).isEqualTo(0.1);
  }

  @Test
  void numberTooLargeForTheJavaType_isMappingError() {
    MappingException e =
        assertThrows(
            MappingException.class,
            () -> Converters.BYTE.fromAttributeValue(AttributeValue.n(300)));
    assertThat(e).hasMessageThat().isEqualTo("the number 300 does not fit in a byte");
  }

  @Test
  void unknownEnumConstant_isMappingError() {
    AttributeConverter<Color> colors = Converters.enumeration("Color", Color::valueOf);
    assertThat(colors.toAttributeValue(Color.RED)).isEqualTo(AttributeValue.s("RED"));
    MappingException e =
        assertThrows(
            MappingException.class, () -> colors.fromAttributeValue(AttributeValue.s("PINK")));
    assertThat(e).hasMessageThat().startsWith("\"PINK\" is not a Color");
  }

  @Test
  void emptySet_convertsToNothing() {
    AttributeConverter<Set<String>> strings =
        Converters.set(AttributeValue.Type.SS, Converters.STRING);
    assertThat(strings.toAttributeValue(Set.of())).isNull();
    assertThat(strings.toAttributeValue(Set.of("a"))).isEqualTo(AttributeValue.ss("a"));
  }

  @Test
  void setMemberOfWrongStoredType_isMappingError() {
    AttributeConverter<Set<String>> wrong =
        Converters.set(AttributeValue.Type.NS, Converters.STRING);
    MappingException e =
        assertThrows(MappingException.class, () -> wrong.toAttributeValue(Set.of("a")));
    assertThat(e).hasMessageThat().contains("a NS set holds N members");
  }

  @Test
  void listNullElements_areStoredAsNull() {
    AttributeConverter<List<String>> list = Converters.list(Converters.STRING);
    AttributeValue stored = list.toAttributeValue(Arrays.asList("a", null));
    assertThat(stored).isEqualTo(AttributeValue.l(AttributeValue.s("a"), AttributeValue.nul()));
    assertThat(list.fromAttributeValue(stored)).containsExactly("a", null).inOrder();
  }

  @Test
  void character_isAOneCharacterString() {
    assertThat(Converters.CHARACTER.toAttributeValue('x')).isEqualTo(AttributeValue.s("x"));
    assertThrows(
        MappingException.class,
        () -> Converters.CHARACTER.fromAttributeValue(AttributeValue.s("xy")));
  }
}
