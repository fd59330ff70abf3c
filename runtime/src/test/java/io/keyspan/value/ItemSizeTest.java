package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Digest 1.9 "How item size is computed" (Developer Guide CapacityUnitCalculations, ServiceQuotas;
// list/map element byte and the base-100 number layout as fitted by dynalite's valSize).
class ItemSizeTest {
  private static long size(String name, AttributeValue value) {
    return ItemSize.of(Map.of(name, value));
  }

  @Test
  void guideExample_shirtColorAndSize_is23Bytes() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("shirt-color", AttributeValue.s("R"));
    item.put("shirt-size", AttributeValue.s("M"));
    assertThat(ItemSize.of(item)).isEqualTo(23);
  }

  @Test
  void emptyItem_isZeroBytes() {
    assertThat(ItemSize.of(Map.of())).isEqualTo(0);
  }

  @Test
  void strings_countUtf8Bytes_inNamesAndValues() {
    assertThat(size("a", AttributeValue.s(""))).isEqualTo(1);
    assertThat(size("a", AttributeValue.s("¿"))).isEqualTo(3);
    assertThat(size("a", AttributeValue.s("€"))).isEqualTo(4);
    assertThat(size("a", AttributeValue.s("\uD83D\uDE00"))).isEqualTo(5);
    assertThat(size("é", AttributeValue.s("x"))).isEqualTo(3);
  }

  @Test
  void utf8Length_matchesTheEncoder() {
    for (String text : new String[] {"", "abc", "ĳ", "日本語", "\uD83D\uDE00x", "\u07FF\u0800"}) {
      assertThat(ItemSize.utf8Length(text))
          .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void binaries_countRawBytes() {
    assertThat(size("b", AttributeValue.b(new byte[10]))).isEqualTo(11);
    assertThat(size("b", AttributeValue.b(new byte[0]))).isEqualTo(1);
  }

  @Test
  void booleansAndNull_costOneByte() {
    assertThat(size("ab", AttributeValue.bool(true))).isEqualTo(3);
    assertThat(size("ab", AttributeValue.nul())).isEqualTo(3);
  }

  @Test
  void emptyListAndMap_costThreeBytes() {
    assertThat(size("l", AttributeValue.l())).isEqualTo(4);
    assertThat(size("m", AttributeValue.m(Map.of()))).isEqualTo(4);
  }

  @Test
  void listElements_costOneByteEach_plusTheirSize() {
    // 3 + (1 + 2) + (1 + 2)
    assertThat(ItemSize.of(AttributeValue.l(AttributeValue.s("ab"), AttributeValue.n(1))))
        .isEqualTo(9);
  }

  @Test
  void mapEntries_costOneByteEach_plusNameAndValue() {
    // 3 + (1 + 3 + 1)
    assertThat(ItemSize.of(AttributeValue.m(Map.of("key", AttributeValue.s("v"))))).isEqualTo(8);
  }

  @Test
  void nestedDocuments_addUp() {
    AttributeValue inner = AttributeValue.m(Map.of("k", AttributeValue.l(AttributeValue.nul())));
    // inner list: 3 + (1 + 1) = 5; inner map: 3 + (1 + 1 + 5) = 10; outer list: 3 + (1 + 10) = 14
    assertThat(ItemSize.of(AttributeValue.l(inner))).isEqualTo(14);
  }

  @Test
  void sets_costTheSumOfTheirMembers() {
    assertThat(ItemSize.of(AttributeValue.ss("a", "bc", ""))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.ns("1", "12"))).isEqualTo(4);
    assertThat(ItemSize.of(AttributeValue.bs(Bytes.of(new byte[3]), Bytes.of(new byte[1]))))
        .isEqualTo(4);
  }

  @Test
  void zero_costsOneByte() {
    assertThat(ItemSize.of(AttributeValue.n(0))).isEqualTo(1);
  }

  @Test
  void numbers_costOneBytePerDigitPair_plusOne() {
    assertThat(ItemSize.of(AttributeValue.n("1"))).isEqualTo(2);
    assertThat(ItemSize.of(AttributeValue.n("12"))).isEqualTo(2);
    assertThat(ItemSize.of(AttributeValue.n("123"))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.n("1234"))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.n("100"))).isEqualTo(2);
    assertThat(ItemSize.of(AttributeValue.n("1E+100"))).isEqualTo(2);
  }

  @Test
  void evenDigitCountAtAnEvenExponent_straddlesAPair_andCostsOneMore() {
    // 1.2 is 01.20 in base 100: two centesimal digits; 12 is one.
    assertThat(ItemSize.of(AttributeValue.n("1.2"))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.n("0.012"))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.n("0.12"))).isEqualTo(2);
    assertThat(ItemSize.of(AttributeValue.n("1200"))).isEqualTo(2);
    assertThat(ItemSize.of(AttributeValue.n("120"))).isEqualTo(3);
  }

  @Test
  void negativeNumbers_costOneMore() {
    assertThat(ItemSize.of(AttributeValue.n("-1"))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.n("-1.2"))).isEqualTo(4);
  }

  @Test
  void thirtyEightDigitNumbers_costTwentyOrTwentyOneBytes() {
    assertThat(ItemSize.of(AttributeValue.n("12345678901234567890123456789012345678")))
        .isEqualTo(20);
    assertThat(ItemSize.of(AttributeValue.n("1.2345678901234567890123456789012345678")))
        .isEqualTo(21);
    assertThat(ItemSize.of(AttributeValue.n("-1.2345678901234567890123456789012345678")))
        .isEqualTo(22);
  }

  @Test
  void maximumItemSize_is400KibiBytes() {
    assertThat(ItemSize.MAX_ITEM_BYTES).isEqualTo(409_600);
  }
}
