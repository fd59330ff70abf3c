package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

// Digest 1.1 (types, sets) and 1.2 (equality: sets as sets, numbers by value, types never mix).
class AttributeValueTest {
  private static Bytes bytes(int... values) {
    byte[] array = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      array[i] = (byte) values[i];
    }
    return Bytes.of(array);
  }

  private static String rejection(Runnable construction) {
    return assertThrows(InvalidValueException.class, construction::run).getMessage();
  }

  // ------------------------------------------------------------------ sets

  // Both oracles: "An string set  may not be empty", double space included.
  @Test
  void emptyStringSet_isRejectedWithDynamoDbsText() {
    assertThat(rejection(() -> AttributeValue.ss(List.of())))
        .isEqualTo("One or more parameter values were invalid: An string set  may not be empty");
  }

  @Test
  void emptyNumberAndBinarySets_nameTheirType() {
    assertThat(rejection(() -> AttributeValue.ns()))
        .isEqualTo("One or more parameter values were invalid: An number set  may not be empty");
    // dynalite, copied from DynamoDB: a binary set's text is worded differently.
    assertThat(rejection(() -> AttributeValue.bs()))
        .isEqualTo("One or more parameter values were invalid: Binary sets should not be empty");
    assertThat(rejection(() -> new AttributeValue.NS(Set.of())))
        .isEqualTo("One or more parameter values were invalid: An number set  may not be empty");
  }

  // dynalite/probe: "Input collection [x, x] contains duplicates."
  @Test
  void duplicateStrings_areRejectedWithTheInputCollection() {
    assertThat(rejection(() -> AttributeValue.ss("x", "y", "x")))
        .isEqualTo(
            "One or more parameter values were invalid: Input collection [x, y, x] contains"
                + " duplicates.");
  }

  @Test
  void numericallyEqualNumbers_areDuplicatesInANumberSet() {
    assertThat(rejection(() -> AttributeValue.ns("1", "1.0")))
        .isEqualTo(
            "One or more parameter values were invalid: Input collection [1, 1.0] contains"
                + " duplicates.");
    assertThat(rejection(() -> AttributeValue.ns("100", "1E+2"))).contains("contains duplicates.");
  }

  @Test
  void numberSetRecord_detectsDuplicatesThatBigDecimalEqualityMisses() {
    Set<BigDecimal> members =
        new LinkedHashSet<>(List.of(new BigDecimal("2"), new BigDecimal("2.00")));
    assertThat(rejection(() -> new AttributeValue.NS(members)))
        .isEqualTo(
            "One or more parameter values were invalid: Input collection [2, 2.00] contains"
                + " duplicates.");
  }

  @Test
  void duplicateBinaries_areRejected() {
    assertThat(rejection(() -> AttributeValue.bs(bytes(1), bytes(2), bytes(1))))
        .isEqualTo(
            "One or more parameter values were invalid: Input collection [AQ==, Ag==, AQ==]"
                + " contains duplicates.");
  }

  @Test
  void numberSetMembers_followTheNumberRules() {
    assertThat(rejection(() -> AttributeValue.ns("1", "1E+126")))
        .isEqualTo(
            "Number overflow. Attempting to store a number with magnitude larger than supported"
                + " range");
    assertThat(AttributeValue.ns("1.50", "-0").values())
        .containsExactly(new BigDecimal("1.5"), BigDecimal.ZERO);
  }

  @Test
  void emptyStringsAndBinaries_areAllowedInsideSets() {
    assertThat(AttributeValue.ss("").values()).containsExactly("");
    assertThat(AttributeValue.bs(Bytes.of(new byte[0])).values()).hasSize(1);
  }

  @Test
  void sets_compareAsSets() {
    assertThat(AttributeValue.ss("a", "b")).isEqualTo(AttributeValue.ss("b", "a"));
    assertThat(AttributeValue.ss("a", "b").hashCode())
        .isEqualTo(AttributeValue.ss("b", "a").hashCode());
    assertThat(AttributeValue.ns("1", "2.50")).isEqualTo(AttributeValue.ns("2.5", "1.0"));
    assertThat(AttributeValue.bs(bytes(1), bytes(2)))
        .isEqualTo(AttributeValue.bs(bytes(2), bytes(1)));
    assertThat(AttributeValue.ss("a", "b")).isNotEqualTo(AttributeValue.ss("a"));
  }

  @Test
  void sets_areImmutable() {
    List<String> source = new ArrayList<>(List.of("a"));
    AttributeValue.SS set = AttributeValue.ss(source);
    source.add("b");
    assertThat(set.values()).containsExactly("a");
    assertThrows(UnsupportedOperationException.class, () -> set.values().add("c"));
  }

  // ------------------------------------------------------------------ numbers

  @Test
  void numbers_areEqualByValue() {
    assertThat(AttributeValue.n("1.50")).isEqualTo(AttributeValue.n("1.5"));
    assertThat(AttributeValue.n("100")).isEqualTo(AttributeValue.n(100));
    assertThat(AttributeValue.n(new BigDecimal("1E+2"))).isEqualTo(AttributeValue.n("100.0"));
    assertThat(AttributeValue.n("-0")).isEqualTo(AttributeValue.n(0));
    assertThat(AttributeValue.n("1.50").hashCode()).isEqualTo(AttributeValue.n("1.5").hashCode());
  }

  @Test
  void numberRecord_normalisesItsValue() {
    AttributeValue.N n = new AttributeValue.N(new BigDecimal("-0.000"));
    assertThat(n).isEqualTo(AttributeValue.n(0));
    assertThat(n.text()).isEqualTo("0");
    assertThrows(
        InvalidValueException.class,
        () -> new AttributeValue.N(new BigDecimal("123456789012345678901234567890123456789")));
  }

  @Test
  void numberText_isPlainAndTrimmed() {
    assertThat(AttributeValue.n("0012.3400").text()).isEqualTo("12.34");
    assertThat(AttributeValue.n("1E+3").text()).isEqualTo("1000");
    assertThat(AttributeValue.n("9").toString()).isEqualTo("{N:9}");
  }

  @Test
  void numberFromLong_coversTheLongRange() {
    assertThat(AttributeValue.n(Long.MIN_VALUE).text()).isEqualTo("-9223372036854775808");
    assertThat(AttributeValue.n(Long.MAX_VALUE)).isEqualTo(AttributeValue.n("9223372036854775807"));
  }

  // ------------------------------------------------------------------ equality across types

  @Test
  void valuesOfDifferentTypes_areNeverEqual() {
    assertThat(AttributeValue.s("6")).isNotEqualTo(AttributeValue.n("6"));
    assertThat(AttributeValue.n("6")).isNotEqualTo(AttributeValue.ns("6"));
    assertThat(AttributeValue.s("a")).isNotEqualTo(AttributeValue.ss("a"));
    assertThat(AttributeValue.l()).isNotEqualTo(AttributeValue.m(Map.of()));
    assertThat(AttributeValue.bool(true)).isNotEqualTo(AttributeValue.nul());
  }

  @Test
  void binaries_areEqualByContent_andCopiedOnTheWayIn() {
    byte[] content = {1, 2, 3};
    AttributeValue.B b = AttributeValue.b(content);
    content[0] = 9;
    assertThat(b).isEqualTo(AttributeValue.b(new byte[] {1, 2, 3}));
    assertThat(b.value().toArray()).isEqualTo(new byte[] {1, 2, 3});
  }

  @Test
  void maps_compareRegardlessOfOrder() {
    Map<String, AttributeValue> first = new LinkedHashMap<>();
    first.put("a", AttributeValue.n(1));
    first.put("b", AttributeValue.s("x"));
    Map<String, AttributeValue> second = new LinkedHashMap<>();
    second.put("b", AttributeValue.s("x"));
    second.put("a", AttributeValue.n("1.0"));
    assertThat(AttributeValue.m(first)).isEqualTo(AttributeValue.m(second));
    assertThat(AttributeValue.m(first).hashCode()).isEqualTo(AttributeValue.m(second).hashCode());
  }

  @Test
  void maps_keepInsertionOrderForIteration() {
    Map<String, AttributeValue> entries = new LinkedHashMap<>();
    entries.put("z", AttributeValue.nul());
    entries.put("a", AttributeValue.nul());
    entries.put("m", AttributeValue.nul());
    assertThat(AttributeValue.m(entries).values().keySet())
        .containsExactly("z", "a", "m")
        .inOrder();
  }

  @Test
  void lists_compareInOrder() {
    assertThat(AttributeValue.l(AttributeValue.n(1), AttributeValue.s("a")))
        .isEqualTo(AttributeValue.l(List.of(AttributeValue.n("1.0"), AttributeValue.s("a"))));
    assertThat(AttributeValue.l(AttributeValue.n(1), AttributeValue.s("a")))
        .isNotEqualTo(AttributeValue.l(AttributeValue.s("a"), AttributeValue.n(1)));
  }

  // ALT test_update_condition_eq_nested_set: nested sets compare as sets too.
  @Test
  void nestedSets_compareAsSets() {
    AttributeValue first =
        AttributeValue.m(Map.of("k", AttributeValue.l(AttributeValue.ns("1", "2", "3"))));
    AttributeValue second =
        AttributeValue.m(Map.of("k", AttributeValue.l(AttributeValue.ns("3.0", "1", "2"))));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void documents_areImmutableCopies() {
    List<AttributeValue> elements = new ArrayList<>(List.of(AttributeValue.n(1)));
    AttributeValue.L list = AttributeValue.l(elements);
    elements.add(AttributeValue.n(2));
    assertThat(list.values()).hasSize(1);
    assertThrows(
        UnsupportedOperationException.class, () -> list.values().add(AttributeValue.nul()));

    Map<String, AttributeValue> entries = new HashMap<>(Map.of("a", AttributeValue.n(1)));
    AttributeValue.M map = AttributeValue.m(entries);
    entries.put("b", AttributeValue.n(2));
    assertThat(map.values()).hasSize(1);
    assertThrows(
        UnsupportedOperationException.class, () -> map.values().put("c", AttributeValue.nul()));
  }

  @Test
  void emptyListsAndMaps_areAllowed() {
    assertThat(AttributeValue.l().values()).isEmpty();
    assertThat(AttributeValue.m(Map.of()).values()).isEmpty();
  }

  @Test
  void nulls_areRejected() {
    assertThrows(NullPointerException.class, () -> AttributeValue.s(null));
    assertThrows(NullPointerException.class, () -> AttributeValue.b((Bytes) null));
    Map<String, AttributeValue> withNull = new HashMap<>();
    withNull.put("a", null);
    assertThrows(NullPointerException.class, () -> AttributeValue.m(withNull));
    assertThrows(
        NullPointerException.class, () -> AttributeValue.ss(java.util.Arrays.asList("a", null)));
  }

  // ------------------------------------------------------------------ types

  @Test
  void eachValue_reportsItsType() {
    assertThat(AttributeValue.s("").type()).isEqualTo(AttributeValue.Type.S);
    assertThat(AttributeValue.n(1).type()).isEqualTo(AttributeValue.Type.N);
    assertThat(AttributeValue.b(new byte[0]).type()).isEqualTo(AttributeValue.Type.B);
    assertThat(AttributeValue.bool(false).type()).isEqualTo(AttributeValue.Type.BOOL);
    assertThat(AttributeValue.nul().type()).isEqualTo(AttributeValue.Type.NULL);
    assertThat(AttributeValue.l().type()).isEqualTo(AttributeValue.Type.L);
    assertThat(AttributeValue.m(Map.of()).type()).isEqualTo(AttributeValue.Type.M);
    assertThat(AttributeValue.ss("a").type()).isEqualTo(AttributeValue.Type.SS);
    assertThat(AttributeValue.ns("1").type()).isEqualTo(AttributeValue.Type.NS);
    assertThat(AttributeValue.bs(bytes(1)).type()).isEqualTo(AttributeValue.Type.BS);
  }

  @Test
  void onlyStringsNumbersAndBinaries_areScalarKeyTypes() {
    for (AttributeValue.Type type : AttributeValue.Type.values()) {
      boolean keyType =
          type == AttributeValue.Type.S
              || type == AttributeValue.Type.N
              || type == AttributeValue.Type.B;
      assertThat(type.isScalarKeyType()).isEqualTo(keyType);
      assertThat(type.isSet()).isEqualTo(type.name().length() == 2 && type.name().endsWith("S"));
    }
  }

  // Digest 1.7 ADD: "operand type: STRING" and the other long names.
  @Test
  void longNames_areThoseOfDynamoDbsMessages() {
    assertThat(AttributeValue.Type.S.longName()).isEqualTo("STRING");
    assertThat(AttributeValue.Type.N.longName()).isEqualTo("NUMBER");
    assertThat(AttributeValue.Type.B.longName()).isEqualTo("BINARY");
    assertThat(AttributeValue.Type.BOOL.longName()).isEqualTo("BOOLEAN");
    assertThat(AttributeValue.Type.NULL.longName()).isEqualTo("NULL");
    assertThat(AttributeValue.Type.L.longName()).isEqualTo("LIST");
    assertThat(AttributeValue.Type.M.longName()).isEqualTo("MAP");
  }

  @Test
  void booleansAndNull_areSharedInstances() {
    assertThat(AttributeValue.bool(true)).isSameInstanceAs(AttributeValue.bool(true));
    assertThat(AttributeValue.bool(false).value()).isFalse();
    assertThat(AttributeValue.nul()).isSameInstanceAs(AttributeValue.nul());
    assertThat(AttributeValue.nul()).isEqualTo(new AttributeValue.Null());
  }
}
