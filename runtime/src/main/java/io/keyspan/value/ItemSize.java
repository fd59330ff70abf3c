package io.keyspan.value;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Item and value sizes by DynamoDB's rule, in bytes: the UTF-8 length of every attribute name plus
 * the size of its value. The 400 KB item limit, key-size limits and capacity units are all counted
 * in these bytes.
 *
 * <ul>
 *   <li>S: UTF-8 bytes. B: raw bytes. BOOL and NULL: 1.
 *   <li>N: numbers are stored in base 100, so about one byte per two significant digits plus one; a
 *       digit pair that straddles the exponent costs one more and a negative sign one more.
 *   <li>SS, NS, BS: the sum of the members.
 *   <li>L: 3 bytes plus, per element, 1 byte and the element. M: 3 bytes plus, per entry, 1 byte,
 *       the name and the value.
 * </ul>
 *
 * <p>Source: Developer Guide, "Item sizes and formats" (CapacityUnitCalculations), with the
 * per-element byte of lists and maps and the base-100 number layout as fitted to DynamoDB by
 * dynalite.
 */
public final class ItemSize {
  /** DynamoDB's maximum item size: 400 KB of 1024 bytes. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;

  private ItemSize() {}

  /** The size of an item: each attribute's name bytes plus its value's size. */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (var entry : item.entrySet()) {
      size += utf8Length(entry.getKey()) + of(entry.getValue());
    }
    return size;
  }

  /** The size of one value, without any attribute name. */
  public static long of(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return utf8Length(s.value());
    } else if (value instanceof AttributeValue.N n) {
      return number(n.value());
    } else if (value instanceof AttributeValue.B b) {
      return b.value().length();
    } else if (value instanceof AttributeValue.SS ss) {
      return ss.values().stream().mapToLong(ItemSize::utf8Length).sum();
    } else if (value instanceof AttributeValue.NS ns) {
      return ns.values().stream().mapToLong(ItemSize::number).sum();
    } else if (value instanceof AttributeValue.BS bs) {
      return bs.values().stream().mapToLong(Bytes::length).sum();
    } else if (value instanceof AttributeValue.L l) {
      long size = 3;
      for (AttributeValue element : l.values()) {
        size += 1 + of(element);
      }
      return size;
    } else if (value instanceof AttributeValue.M m) {
      long size = 3;
      for (var entry : m.values().entrySet()) {
        size += 1 + utf8Length(entry.getKey()) + of(entry.getValue());
      }
      return size;
    }
    return 1; // BOOL and NULL
  }

  /** The size of a number: one byte per base-100 digit pair, plus one, plus one if negative. */
  public static long number(BigDecimal normalized) {
    if (normalized.signum() == 0) {
      return 1;
    }
    int digits = Numbers.significantDigits(normalized);
    int exponent = normalized.precision() - normalized.scale() - 1;
    long size = 1 + (digits + 1) / 2;
    if (digits % 2 == 0 && Math.floorMod(exponent, 2) == 0) {
      size++;
    }
    if (normalized.signum() < 0) {
      size++;
    }
    return size;
  }

  /** UTF-8 length of a string, computed without allocating. */
  public static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
