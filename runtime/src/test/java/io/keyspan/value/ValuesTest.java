package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Digest 1.1 "String" and 1.2: S by UTF-8 bytes, N numerically, B by unsigned bytes
// (Developer Guide HowItWorks.NamingRulesDataTypes).
class ValuesTest {
  private static final String U_FFFF = "\uFFFF";
  private static final String GRINNING_FACE = "\uD83D\uDE00"; // U+1F600, above U+FFFF
  private static final String LINEAR_B = "\uD800\uDC00"; // U+10000
  private static final String PRIVATE_USE = "\uE000";

  @Test
  void invertedQuestionMark_sortsAfterZ() {
    // Guide: "¿" (0xC2BF) is greater than "z" (0x7A).
    assertThat(Values.compareUtf8("¿", "z")).isGreaterThan(0);
    assertThat(Values.compare(AttributeValue.s("¿"), AttributeValue.s("z"))).isGreaterThan(0);
  }

  @Test
  void lowercase_sortsAfterUppercase() {
    assertThat(Values.compareUtf8("a", "A")).isGreaterThan(0);
  }

  @Test
  void supplementaryCharacters_sortAfterEveryBmpCharacter_unlikeJavaStringOrder() {
    assertThat(GRINNING_FACE.compareTo(U_FFFF)).isLessThan(0); // Java's UTF-16 order
    assertThat(Values.compareUtf8(GRINNING_FACE, U_FFFF)).isGreaterThan(0);
    assertThat(Values.compareUtf8(LINEAR_B, PRIVATE_USE)).isGreaterThan(0);
    assertThat(Values.compareUtf8(PRIVATE_USE, LINEAR_B)).isLessThan(0);
  }

  @Test
  void utf8Order_agreesWithComparingTheEncodedBytes() {
    List<String> samples =
        List.of(
            "",
            "a",
            "A",
            "z",
            "¿",
            "é",
            "€",
            U_FFFF,
            PRIVATE_USE,
            LINEAR_B,
            GRINNING_FACE,
            "a" + GRINNING_FACE,
            "a" + U_FFFF,
            "ab",
            "abc",
            "\u0000",
            "\u007F",
            "\u0080");
    for (String left : samples) {
      for (String right : samples) {
        int byBytes =
            Integer.signum(
                Bytes.of(left.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .compareTo(Bytes.of(right.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(Integer.signum(Values.compareUtf8(left, right))).isEqualTo(byBytes);
      }
    }
  }

  @Test
  void shorterPrefix_sortsFirst() {
    assertThat(Values.compareUtf8("ab", "abc")).isLessThan(0);
    assertThat(Values.compareUtf8("abc", "ab")).isGreaterThan(0);
    assertThat(Values.compareUtf8("", "a")).isLessThan(0);
    assertThat(Values.compareUtf8("ab", "ab")).isEqualTo(0);
  }

  @Test
  void utf8OrderComparator_sortsStrings() {
    List<String> strings = new ArrayList<>(List.of(GRINNING_FACE, "z", U_FFFF, "¿", "A"));
    strings.sort(Values.UTF8_ORDER);
    assertThat(strings).containsExactly("A", "z", "¿", U_FFFF, GRINNING_FACE).inOrder();
  }

  @Test
  void numbers_compareNumerically() {
    assertThat(Values.compare(AttributeValue.n("10"), AttributeValue.n("9"))).isGreaterThan(0);
    assertThat(Values.compare(AttributeValue.n("-1"), AttributeValue.n("0"))).isLessThan(0);
    assertThat(Values.compare(AttributeValue.n("1.50"), AttributeValue.n("1.5"))).isEqualTo(0);
    assertThat(Values.compare(AttributeValue.n("1E-130"), AttributeValue.n("0"))).isGreaterThan(0);
  }

  @Test
  void binaries_compareUnsigned() {
    assertThat(
            Values.compare(
                AttributeValue.b(new byte[] {(byte) 0x80}), AttributeValue.b(new byte[] {0x7F})))
        .isGreaterThan(0);
  }

  @Test
  void mixedOrUnorderedTypes_areNotComparable() {
    assertThat(Values.comparable(AttributeValue.s("1"), AttributeValue.s("2"))).isTrue();
    assertThat(Values.comparable(AttributeValue.n(1), AttributeValue.n(2))).isTrue();
    assertThat(Values.comparable(AttributeValue.b(new byte[0]), AttributeValue.b(new byte[0])))
        .isTrue();
    assertThat(Values.comparable(AttributeValue.s("1"), AttributeValue.n(1))).isFalse();
    assertThat(Values.comparable(AttributeValue.ss("a"), AttributeValue.ss("a"))).isFalse();
    assertThat(Values.comparable(AttributeValue.l(), AttributeValue.l())).isFalse();
    assertThat(Values.comparable(AttributeValue.bool(true), AttributeValue.bool(false))).isFalse();
    assertThat(Values.comparable(AttributeValue.m(Map.of()), AttributeValue.m(Map.of()))).isFalse();
  }

  @Test
  void comparingUnorderedTypes_isAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Values.compare(AttributeValue.s("1"), AttributeValue.n(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Values.compare(AttributeValue.nul(), AttributeValue.nul()));
  }
}
