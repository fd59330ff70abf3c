package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// DynamoDB number rules: Developer Guide HowItWorks.NamingRulesDataTypes "Number" (Developer Guide
// ServiceQuotas#limits-data-types-numbers,
// HowItWorks.NamingRulesDataTypes; messages from dynalite, ALT test_number.py).
class NumbersTest {
  private static final String TOO_PRECISE =
      "Attempting to store more than 38 significant digits in a Number";
  private static final String OVERFLOW =
      "Number overflow. Attempting to store a number with magnitude larger than supported range";
  private static final String UNDERFLOW =
      "Number underflow. Attempting to store a number with magnitude smaller than supported range";

  private static final String MAX = "9.9999999999999999999999999999999999999E+125";

  private static String rejection(String text) {
    return assertThrows(InvalidValueException.class, () -> Numbers.parse(text)).getMessage();
  }

  private static String text(String number) {
    return Numbers.parse(number).toPlainString();
  }

  @Test
  void thirtyEightSignificantDigits_areAccepted() {
    assertThat(text("12345678901234567890123456789012345678"))
        .isEqualTo("12345678901234567890123456789012345678");
    assertThat(text("-1.2345678901234567890123456789012345678"))
        .isEqualTo("-1.2345678901234567890123456789012345678");
  }

  @Test
  void thirtyNineSignificantDigits_areRejectedNotRounded() {
    assertThat(rejection("123456789012345678901234567890123456789")).isEqualTo(TOO_PRECISE);
    assertThat(rejection("1.00000000000000000000000000000000000001")).isEqualTo(TOO_PRECISE);
  }

  @Test
  void leadingAndTrailingZeros_doNotCountAsSignificantDigits() {
    assertThat(text("1234567890123456789012345678901234567800000"))
        .isEqualTo("1234567890123456789012345678901234567800000");
    assertThat(text("0.000012345678901234567890123456789012345678"))
        .isEqualTo("0.000012345678901234567890123456789012345678");
    assertThat(text("0001.5000")).isEqualTo("1.5");
  }

  @Test
  void largestMagnitudes_areAccepted_bothSigns() {
    assertThat(Numbers.parse(MAX))
        .isEqualTo(Numbers.parse("99999999999999999999999999999999999999E+88"));
    assertThat(Numbers.parse("-" + MAX).negate()).isEqualTo(Numbers.parse(MAX));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+126", "-1E+126", "10E+125", "1E+9999999999", "-1e9999999999"})
  void magnitudeAboveMaximum_isOverflow(String text) {
    assertThat(rejection(text)).isEqualTo(OVERFLOW);
  }

  @Test
  void nextNumberAboveMaximum_isOverflow() {
    // The maximum plus one unit in its last digit needs a 127th digit before the point.
    assertThat(rejection("1.0000000000000000000000000000000000000E+126")).isEqualTo(OVERFLOW);
  }

  @Test
  void smallestMagnitude_isAccepted_bothSigns() {
    assertThat(Numbers.parse("1E-130")).isEqualTo(new BigDecimal("1E-130"));
    assertThat(Numbers.parse("-1E-130")).isEqualTo(new BigDecimal("-1E-130"));
    assertThat(text("0.0000000001E-120")).isEqualTo(new BigDecimal("1E-130").toPlainString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"9.9999999999999999999999999999999999999E-131", "-1E-131", "1E-9999999999"})
  void magnitudeBelowMinimum_isUnderflow(String text) {
    assertThat(rejection(text)).isEqualTo(UNDERFLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "+0", "0.000", "-0.0E+10", "0E-200", "0e+200"})
  void everyZero_isPlainZero(String text) {
    BigDecimal zero = Numbers.parse(text);
    assertThat(zero.signum()).isEqualTo(0);
    assertThat(zero.toPlainString()).isEqualTo("0");
    assertThat(zero).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void zeroWithAnExponentBeyondIntRange_isStillZero() {
    assertThat(Numbers.parse("0E+99999999999")).isEqualTo(BigDecimal.ZERO);
    assertThat(Numbers.parse("-0.00e-99999999999")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void trailingZeros_areTrimmed_andEqualValuesGetEqualRepresentations() {
    assertThat(Numbers.parse("1.50")).isEqualTo(new BigDecimal("1.5"));
    assertThat(Numbers.parse("100")).isEqualTo(Numbers.parse("1E+2"));
    assertThat(Numbers.parse("100").toPlainString()).isEqualTo("100");
    assertThat(Numbers.parse("1.0E+2")).isEqualTo(Numbers.parse("100.000"));
    assertThat(Numbers.normalize(new BigDecimal("2.500"))).isEqualTo(Numbers.parse("2.5"));
  }

  /**
   * Integers of up to 18 digits are returned as they are, longer ones go through the general rule;
   * both give every integer the one form an equal number has in any other notation.
   */
  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        7,
        -10,
        1_000_000,
        999_999_999_999_999_999L,
        -100_000_000_000_000_000L,
        1_000_000_000_000_000_000L,
        Long.MAX_VALUE,
        Long.MIN_VALUE
      })
  void integers_haveTheFormOfEveryEqualNumber(long value) {
    BigDecimal normal = Numbers.normalize(BigDecimal.valueOf(value));
    assertThat(normal).isEqualTo(Numbers.normalize(new BigDecimal(value + ".000")));
    assertThat(normal)
        .isEqualTo(Numbers.parse(BigDecimal.valueOf(value).scaleByPowerOfTen(-2) + "E+2"));
    assertThat(normal.scale()).isEqualTo(0);
    assertThat(normal.toPlainString()).isEqualTo(Long.toString(value));
  }

  @Test
  void largeIntegers_printWithoutExponent() {
    assertThat(text("1E+50")).isEqualTo("1" + "0".repeat(50));
    assertThat(text("-12E+100")).isEqualTo("-12" + "0".repeat(100));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+5", "5.", ".5", "1e2", "1E-2", "-1.5e+3"})
  void decimalSyntax_isAccepted(String text) {
    assertThat(Numbers.parse(text)).isEqualTo(Numbers.normalize(new BigDecimal(text)));
  }

  // DynamoDB's documentation does not settle AWS's text for unparseable numbers (dynalite says "The
  // parameter
  // cannot be converted to a numeric value"); this pins the text the value model reports.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 1",
        "1 ",
        "abc",
        "0x10",
        "NaN",
        "Infinity",
        "1e",
        "e5",
        "--1",
        "1.2.3",
        ".",
        "+",
        "1e+",
        "1_000",
        "١"
      })
  void nonNumbers_areRejected(String text) {
    assertThat(rejection(text)).isEqualTo("A value provided cannot be converted into a number");
  }

  @Test
  void addition_isExact() {
    assertThat(Numbers.add(new BigDecimal("0.1"), new BigDecimal("0.2")))
        .isEqualTo(new BigDecimal("0.3"));
    assertThat(Numbers.add(Numbers.parse("1E-130"), Numbers.parse("1E-130")))
        .isEqualTo(new BigDecimal("2E-130"));
    assertThat(
            Numbers.add(Numbers.parse("12345678901234567890123456789012345677"), BigDecimal.ONE)
                .toPlainString())
        .isEqualTo("12345678901234567890123456789012345678");
  }

  @Test
  void additionResultingInZero_isPlainZero() {
    assertThat(Numbers.add(new BigDecimal("-5.5"), new BigDecimal("5.50")))
        .isEqualTo(BigDecimal.ZERO);
    assertThat(Numbers.subtract(new BigDecimal("7"), new BigDecimal("7")))
        .isEqualTo(BigDecimal.ZERO);
  }

  // ALT test_number.py: AWS reports a result needing more than 38 digits with the overflow message.
  @Test
  void additionNeedingMoreThan38Digits_isOverflowNotRounded() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Numbers.add(Numbers.parse("1E+50"), BigDecimal.ONE));
    assertThat(e).hasMessageThat().isEqualTo(OVERFLOW);
    assertThat(
            assertThrows(
                    InvalidValueException.class,
                    () ->
                        Numbers.add(
                            Numbers.parse("99999999999999999999999999999999999999"),
                            BigDecimal.ONE.movePointLeft(1)))
                .getMessage())
        .isEqualTo(OVERFLOW);
  }

  @Test
  void additionBeyondMaximum_isOverflow() {
    assertThat(
            assertThrows(
                    InvalidValueException.class,
                    () -> Numbers.add(Numbers.parse(MAX), Numbers.parse(MAX)))
                .getMessage())
        .isEqualTo(OVERFLOW);
    assertThat(
            assertThrows(
                    InvalidValueException.class,
                    () -> Numbers.subtract(Numbers.parse("-" + MAX), Numbers.parse("1E+125")))
                .getMessage())
        .isEqualTo(OVERFLOW);
  }

  @Test
  void subtractionBelowMinimum_isUnderflow() {
    assertThat(
            assertThrows(
                    InvalidValueException.class,
                    () -> Numbers.subtract(Numbers.parse("1.1E-130"), Numbers.parse("1E-130")))
                .getMessage())
        .isEqualTo(UNDERFLOW);
  }

  @Test
  void subtraction_isExact() {
    assertThat(Numbers.subtract(new BigDecimal("10"), new BigDecimal("0.001")))
        .isEqualTo(new BigDecimal("9.999"));
    assertThat(Numbers.subtract(new BigDecimal("1"), new BigDecimal("3")))
        .isEqualTo(new BigDecimal("-2"));
  }

  @Test
  void significantDigits_ignoreZerosAtEitherEnd() {
    assertThat(Numbers.significantDigits(BigDecimal.ZERO)).isEqualTo(1);
    assertThat(Numbers.significantDigits(Numbers.parse("100"))).isEqualTo(1);
    assertThat(Numbers.significantDigits(Numbers.parse("1E+50"))).isEqualTo(1);
    assertThat(Numbers.significantDigits(Numbers.parse("0.00105"))).isEqualTo(3);
    assertThat(Numbers.significantDigits(Numbers.parse("-123.45"))).isEqualTo(5);
  }

  // A complexity guard, not a benchmark: the quadratic path took 8.6 s for the first of these.
  @Test
  void hundredThousandDigitTexts_areAnsweredInLinearTime() {
    String zeros = "0".repeat(100_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(rejection("1" + zeros)).isEqualTo(OVERFLOW);
          assertThat(rejection("-0." + zeros + "1")).isEqualTo(UNDERFLOW);
          assertThat(rejection("1" + zeros + "1")).isEqualTo(TOO_PRECISE);
          assertThat(rejection("7".repeat(100_000))).isEqualTo(TOO_PRECISE);
          assertThat(text("1" + zeros + "E-100000")).isEqualTo("1");
          assertThat(text("0." + zeros + "25E+100001")).isEqualTo("2.5");
          assertThat(text(zeros + "42" + zeros + "E-100000")).isEqualTo("42");
        });
  }

  /** The one-pass parser agrees with BigDecimal's parsing followed by normalize(), seeded. */
  @Test
  void parse_agreesWithNormalizingBigDecimal_onRandomTexts() {
    Random random = new Random(12);
    for (int n = 0; n < 20_000; n++) {
      String text = randomNumberText(random);
      String expected;
      try {
        expected = Numbers.normalize(new BigDecimal(text)).toString();
      } catch (InvalidValueException e) {
        expected = e.getMessage();
      }
      String actual;
      try {
        actual = Numbers.parse(text).toString();
      } catch (InvalidValueException e) {
        actual = e.getMessage();
      }
      assertWithMessage(text).that(actual).isEqualTo(expected);
    }
  }

  private static String randomNumberText(Random random) {
    StringBuilder text = new StringBuilder();
    text.append(random.nextBoolean() ? "" : random.nextBoolean() ? "-" : "+");
    String alphabet = random.nextBoolean() ? "0123456789" : "0000000009";
    int integerDigits = random.nextInt(45);
    for (int i = 0; i < integerDigits; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    if (integerDigits == 0 || random.nextBoolean()) {
      text.append('.');
      int fractionDigits = 1 + random.nextInt(45);
      for (int i = 0; i < fractionDigits; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    if (random.nextBoolean()) {
      text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "+");
      text.append(random.nextInt(180));
    }
    return text.toString();
  }
}
