package io.keyspan.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitude from 1E-130 to
 * 9.9999999999999999999999999999999999999E+125 (or zero), normalised without trailing zeros or
 * negative zero. Rounding is never applied: a number that does not fit is rejected.
 */
public final class Numbers {
  /** Maximum significant digits of a DynamoDB number. */
  public static final int MAX_PRECISION = 38;

  static final String TOO_PRECISE =
      "Attempting to store more than 38 significant digits in a Number";
  static final String OVERFLOW =
      "Number overflow. Attempting to store a number with magnitude larger than supported range";
  static final String UNDERFLOW =
      "Number underflow. Attempting to store a number with magnitude smaller than supported range";

  private static final BigDecimal MAX_MAGNITUDE =
      new BigDecimal("9.9999999999999999999999999999999999999E+125");
  private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

  /** The leading digit of a number in range has a power of ten from -130 to 125. */
  private static final int MAX_LEADING_EXPONENT = 125;

  private static final int MIN_LEADING_EXPONENT = -130;

  /** The digits of an integer that {@link #normalize} returns as it is. */
  private static final int PLAIN_INTEGER_DIGITS = 18;

  private static final long EXPONENT_SATURATION = 1L << 40;

  private Numbers() {}

  /**
   * Parses DynamoDB number text: an optional sign, digits with an optional fraction, an optional
   * exponent. Surrounding whitespace, hexadecimal, infinities and NaN are not numbers.
   *
   * <p>The work is linear in the length of the text: one pass counts the significant digits and
   * finds the magnitude, so a number that cannot fit 38 digits or DynamoDB's range is rejected
   * before any arbitrary-precision arithmetic (a 1 followed by 100,000 zeros would otherwise cost
   * seconds of {@link BigDecimal#stripTrailingZeros()}).
   */
  public static BigDecimal parse(String text) {
    if (text == null) {
      throw new NullPointerException("number text");
    }
    int length = text.length();
    int i = 0;
    boolean negative = false;
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    // Digit positions count digits only, so the point does not shift them.
    int digits = 0;
    int integerDigits = -1;
    int firstNonZero = -1;
    int lastNonZero = -1;
    int firstNonZeroAt = -1;
    int lastNonZeroAt = -1;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (c != '0') {
          if (firstNonZero < 0) {
            firstNonZero = digits;
            firstNonZeroAt = i;
          }
          lastNonZero = digits;
          lastNonZeroAt = i;
        }
        digits++;
      } else if (c == '.' && integerDigits < 0) {
        integerDigits = digits;
      } else {
        break;
      }
    }
    if (digits == 0) {
      throw notANumber();
    }
    long exponent = 0;
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      int exponentDigits = 0;
      for (; i < length && isDigit(text.charAt(i)); i++, exponentDigits++) {
        // Saturates far beyond the range: the exact value of a huge exponent never matters.
        exponent = Math.min(EXPONENT_SATURATION, exponent * 10 + (text.charAt(i) - '0'));
      }
      if (exponentDigits == 0) {
        throw notANumber();
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != length) {
      throw notANumber();
    }
    if (firstNonZero < 0) {
      return BigDecimal.ZERO;
    }
    int significant = lastNonZero - firstNonZero + 1;
    if (significant > MAX_PRECISION) {
      throw new InvalidValueException(TOO_PRECISE);
    }
    // The power of ten of the leading significant digit.
    long leading = exponent + (integerDigits < 0 ? digits : integerDigits) - 1 - firstNonZero;
    if (leading > MAX_LEADING_EXPONENT) {
      throw new InvalidValueException(OVERFLOW);
    }
    if (leading < MIN_LEADING_EXPONENT) {
      throw new InvalidValueException(UNDERFLOW);
    }
    String significand = text.substring(firstNonZeroAt, lastNonZeroAt + 1).replace(".", "");
    BigDecimal value =
        new BigDecimal(new BigInteger(significand), (int) (significant - 1 - leading));
    return normalize(negative ? value.negate() : value);
  }

  private static InvalidValueException notANumber() {
    return new InvalidValueException("A value provided cannot be converted into a number");
  }

  /**
   * Validates and normalises a number: strips trailing zeros, maps negative zero to zero and
   * rejects values outside DynamoDB's precision and range.
   */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) {
      throw new NullPointerException("number");
    }
    if (value.scale() == 0 && value.precision() <= PLAIN_INTEGER_DIGITS) {
      // An integer of up to 18 digits (every int, most longs) is already in normal form: in
      // range, precise enough, and at scale 0, where the steps below would bring it back.
      return value.signum() == 0 ? BigDecimal.ZERO : value;
    }
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() > MAX_PRECISION) {
      throw new InvalidValueException(TOO_PRECISE);
    }
    BigDecimal magnitude = stripped.abs();
    if (magnitude.compareTo(MAX_MAGNITUDE) > 0) {
      throw new InvalidValueException(OVERFLOW);
    }
    if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
      throw new InvalidValueException(UNDERFLOW);
    }
    // Keep small integers in plain scale so that equal values also have equal representations.
    if (stripped.scale() < 0 && stripped.precision() - stripped.scale() <= MAX_PRECISION) {
      stripped = stripped.setScale(0);
    }
    return stripped;
  }

  /** The exact sum or difference of two numbers, rejected (never rounded) when it does not fit. */
  public static BigDecimal add(BigDecimal left, BigDecimal right) {
    return arithmetic(left.add(right));
  }

  public static BigDecimal subtract(BigDecimal left, BigDecimal right) {
    return arithmetic(left.subtract(right));
  }

  private static BigDecimal arithmetic(BigDecimal exact) {
    try {
      return normalize(exact);
    } catch (InvalidValueException e) {
      // DynamoDB reports a result that needs more than 38 digits with the overflow message.
      if (e.getMessage().equals(TOO_PRECISE)) {
        throw new InvalidValueException(OVERFLOW);
      }
      throw e;
    }
  }

  /** The number of significant digits, as used by DynamoDB's size rule (zero has one). */
  public static int significantDigits(BigDecimal normalized) {
    if (normalized.signum() == 0) {
      return 1;
    }
    // normalize() strips trailing zeros except from integers it keeps in plain scale (100, not
    // 1E+2); precision() is cached, so only those pay for stripping, and nothing is printed.
    return normalized.scale() == 0
        ? normalized.stripTrailingZeros().precision()
        : normalized.precision();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
