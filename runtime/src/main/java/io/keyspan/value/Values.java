package io.keyspan.value;

import java.util.Comparator;

/** Ordering of scalar values as DynamoDB orders them for comparisons and sort keys. */
public final class Values {
  private Values() {}

  /** Strings by their UTF-8 bytes, which is code-point order, not Java's UTF-16 order. */
  public static final Comparator<String> UTF8_ORDER = Values::compareUtf8;

  /**
   * A value as Keyspan's messages show it: a string as it is, a number as its text, a binary in
   * base64, any other type in its {@code {T:...}} form.
   */
  public static String text(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return s.value();
    }
    if (value instanceof AttributeValue.N n) {
      return n.text();
    }
    if (value instanceof AttributeValue.B b) {
      return b.value().toBase64();
    }
    return String.valueOf(value);
  }

  /**
   * Compares two values of the same ordered type (S, N or B).
   *
   * @throws IllegalArgumentException when the values are not both S, both N or both B
   */
  public static int compare(AttributeValue left, AttributeValue right) {
    if (left instanceof AttributeValue.S l && right instanceof AttributeValue.S r) {
      return compareUtf8(l.value(), r.value());
    }
    if (left instanceof AttributeValue.N l && right instanceof AttributeValue.N r) {
      return l.value().compareTo(r.value());
    }
    if (left instanceof AttributeValue.B l && right instanceof AttributeValue.B r) {
      return l.value().compareTo(r.value());
    }
    throw new IllegalArgumentException("not comparable: " + left + " and " + right);
  }

  /** Whether both values are of one ordered type, so {@link #compare} applies. */
  public static boolean comparable(AttributeValue left, AttributeValue right) {
    return left.type() == right.type() && left.type().isScalarKeyType();
  }

  /** Compares strings as DynamoDB does: by UTF-8 bytes, i.e. by Unicode code points. */
  public static int compareUtf8(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }
}
