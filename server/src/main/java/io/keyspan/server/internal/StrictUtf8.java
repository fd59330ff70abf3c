package io.keyspan.server.internal;

/**
 * Whether a request body is well-formed UTF-8 whose JSON string escapes name only Unicode scalar
 * values, in one pass over the bytes. Jackson's byte parser would otherwise decode overlong forms
 * ({@code C0 AF} as "/"), CESU-8 surrogate encodings and unpaired {@code \ud800} escapes into
 * strings that have no UTF-8 form, silently changing what is stored.
 *
 * <p>The byte ranges are those of the Unicode Standard, Table 3-7 "Well-Formed UTF-8 Byte
 * Sequences". A backslash only appears inside JSON strings (elsewhere the JSON is malformed and
 * Jackson rejects it), so escapes need no tracking of string boundaries.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  static boolean isValid(byte[] body) {
    int i = 0;
    while (i < body.length) {
      int b = body[i] & 0xff;
      if (b == '\\') {
        i = escape(body, i);
      } else if (b < 0x80) {
        i++;
      } else {
        i = sequence(body, i, b);
      }
      if (i < 0) {
        return false;
      }
    }
    return true;
  }

  /** The index after a multi-byte sequence starting at {@code i}, or -1 when it is ill-formed. */
  private static int sequence(byte[] body, int i, int lead) {
    int length;
    int secondLow = 0x80;
    int secondHigh = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      secondLow = lead == 0xe0 ? 0xa0 : 0x80; // E0 80..9F would be overlong
      secondHigh = lead == 0xed ? 0x9f : 0xbf; // ED A0..BF would be a surrogate (CESU-8)
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      secondLow = lead == 0xf0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      secondHigh = lead == 0xf4 ? 0x8f : 0xbf; // F4 90.. would be beyond U+10FFFF
    } else {
      return -1; // a continuation byte, C0/C1 (overlong) or F5..FF
    }
    if (i + length > body.length) {
      return -1;
    }
    int second = body[i + 1] & 0xff;
    if (second < secondLow || second > secondHigh) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      if ((body[i + k] & 0xc0) != 0x80) {
        return -1;
      }
    }
    return i + length;
  }

  /**
   * The index after the escape at {@code i}, or -1 for an unpaired surrogate escape. Malformed
   * escapes are left to the JSON parser.
   */
  private static int escape(byte[] body, int i) {
    int unit = unicodeEscape(body, i);
    if (unit < 0) {
      return Math.min(i + 2, body.length);
    }
    if (Character.isLowSurrogate((char) unit)) {
      return -1;
    }
    if (Character.isHighSurrogate((char) unit)) {
      int next = unicodeEscape(body, i + 6);
      return next >= 0 && Character.isLowSurrogate((char) next) ? i + 12 : -1;
    }
    return i + 6;
  }

  /** The code unit of a {@code \}{@code uXXXX} escape at {@code i}, or -1 when there is none. */
  private static int unicodeEscape(byte[] body, int i) {
    if (i + 6 > body.length || body[i] != '\\' || body[i + 1] != 'u') {
      return -1;
    }
    int unit = 0;
    for (int k = 2; k < 6; k++) {
      int digit = Character.digit(body[i + k], 16);
      if (digit < 0) {
        return -1;
      }
      unit = unit * 16 + digit;
    }
    return unit;
  }
}
