package io.keyspan.schema;

/**
 * The cheap exact routes between Java numbers and DynamoDB's canonical number text (plain notation,
 * no trailing fraction zeros), for the common cases only; callers take the {@code BigDecimal} path
 * when these decline.
 */
final class NumberText {
  private NumberText() {}

  /**
   * The canonical text of a double whose {@link Double#toString} has no exponent (0.001 to 10^7),
   * or null for every other value. {@code new BigDecimal(Double.toString(d))} normalised gives the
   * same digits, which is how {@link Converters#DOUBLE} stores it.
   */
  static String ofDouble(double value) {
    return Double.isFinite(value) ? withoutTrailingZeros(Double.toString(value)) : null;
  }

  /** As {@link #ofDouble}, for a float and {@link Float#toString}. */
  static String ofFloat(float value) {
    return Float.isFinite(value) ? withoutTrailingZeros(Float.toString(value)) : null;
  }

  // "100.0" -> "100", "-0.0" -> "0", "1.5" -> "1.5"; null for "1.0E10"
  private static String withoutTrailingZeros(String text) {
    if (text.indexOf('E') >= 0) {
      return null;
    }
    int end = text.length();
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    if (text.charAt(end - 1) == '.') {
      end--;
    }
    String trimmed = text.substring(0, end);
    return trimmed.equals("-0") ? "0" : trimmed;
  }

  /** What {@link #plainInteger} returns for text it declines; no value it accepts is this. */
  static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * The value of text that is an optional minus and 1 to {@code maxDigits} decimal digits ({@code
   * maxDigits} at most 18, so the value cannot overflow), read in one pass; {@link #NOT_PLAIN} for
   * any other text. The value is the one {@code new BigDecimal(text)} has.
   */
  static long plainInteger(String text, int maxDigits) {
    int length = text.length();
    int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = length - start;
    if (digits < 1 || digits > maxDigits) {
      return NOT_PLAIN;
    }
    long value = 0;
    for (int i = start; i < length; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return NOT_PLAIN;
      }
      value = value * 10 + digit;
    }
    return start == 0 ? value : -value;
  }

  /** Whether the text is an optional minus and 1 to {@code maxDigits} decimal digits. */
  static boolean isInteger(String text, int maxDigits) {
    return plainInteger(text, maxDigits) != NOT_PLAIN;
  }

  /**
   * Whether the text is an optional minus, digits and an optional fraction, without exponent: a
   * form {@link Double#parseDouble} reads to the same double as {@code BigDecimal.doubleValue}.
   */
  static boolean isDecimal(String text) {
    int i = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }
}
