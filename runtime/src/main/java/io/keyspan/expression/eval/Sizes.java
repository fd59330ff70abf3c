package io.keyspan.expression.eval;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;

/**
 * The {@code size()} function of conditions and filters (Developer Guide
 * Expressions.OperatorsAndFunctions, "size(p)").
 */
final class Sizes {
  private Sizes() {}

  /**
   * The size of a value as an N, or {@code null} for types size() does not measure (N, BOOL, NULL),
   * which makes the enclosing comparison false.
   *
   * <p>A string's size is its length in UTF-8 bytes. DynamoDB's documentation of size() does not
   * say which unit a string is measured in; bytes are chosen because DynamoDB defines every other
   * string length in UTF-8 bytes (item size, key-length limits, ordering), and size() of a binary
   * is also a byte count, so the function measures stored size consistently. For ASCII text all
   * candidate readings agree.
   */
  static AttributeValue.N of(AttributeValue value) {
    long size;
    if (value instanceof AttributeValue.S s) {
      size = ItemSize.utf8Length(s.value());
    } else if (value instanceof AttributeValue.B b) {
      size = b.value().length();
    } else if (value instanceof AttributeValue.SS ss) {
      size = ss.values().size();
    } else if (value instanceof AttributeValue.NS ns) {
      size = ns.values().size();
    } else if (value instanceof AttributeValue.BS bs) {
      size = bs.values().size();
    } else if (value instanceof AttributeValue.L l) {
      size = l.values().size();
    } else if (value instanceof AttributeValue.M m) {
      size = m.values().size();
    } else {
      return null;
    }
    return AttributeValue.n(size);
  }
}
