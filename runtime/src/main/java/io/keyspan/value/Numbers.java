package io.keyspan.value;

import java.math.BigDecimal;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitude from 1E-130 to
 * 9.9999999999999999999999999999999999999E+125 (or zero), normalised without trailing zeros or
 * negative zero. Rounding is never applied: a number that does not fit is rejected.
 */
public final class Numbers {
  /** Maximum significant digits of a DynamoDB number. */
  public static final int MAX_PRECISION = 38;

  static final String TOO_PRECISE = "Attempting to store more than 38 significant digits in a Number";
  static final String OVERFLOW =
      "Number overflow. Attempting to store a number with magnitude larger than supported range";
  static final String UNDERFLOW =
      "Number underflow. Attempting to store a number with magnitude smaller than supported range";

  private static final BigDecimal MAX_MAGNITUDE =
      new BigDecimal("9.9999999999999999999999999999999999999E+125");
  private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

  private Numbers() {}

  /**
   * Parses DynamoDB number text: an optional sign, digits with an optional fraction, an optional
   * exponent. Surrounding whitespace, hexadecimal, infinities and NaN are not numbers.
   */
  public static BigDecimal parse(String text) {
    if (text == null) {
      throw new NullPointerException("number text");
    }
    if (!isNumberSyntax(text)) {
      throw new InvalidValueException(
          "A value provided cannot be converted into a number");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // Only an exponent beyond int range gets here: zero stays zero, anything else is far
      // outside DynamoDB's range in the direction of the exponent's sign.
      int exponentStart = Math.max(text.indexOf('e'), text.indexOf('E'));
      String mantissa = text.substring(0, exponentStart);
      if (mantissa.chars().noneMatch(c -> c >= '1' && c <= '9')) {
        return BigDecimal.ZERO;
      }
      throw new InvalidValueException(text.charAt(exponentStart + 1) == '-' ? UNDERFLOW : OVERFLOW);
    }
    return normalize(value);
  }

  /**
   * Validates and normalises a number: strips trailing zeros, maps negative zero to zero and
   * rejects values outside DynamoDB's precision and range.
   */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) {
      throw new NullPointerException("number");
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

  private static boolean isNumberSyntax(String text) {
    int i = 0;
    int length = text.length();
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < length && text.charAt(i) == '.') {
      i++;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == length;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
