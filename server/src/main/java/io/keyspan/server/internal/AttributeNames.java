package io.keyspan.server.internal;

import io.keyspan.exception.ValidationException;
import io.keyspan.value.ItemSize;

/**
 * DynamoDB's bound on attribute names: at most 65,535 UTF-8 bytes ("64 KB",
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html), for
 * top-level attributes, map keys at any depth and the names an expression refers to.
 */
final class AttributeNames {
  static final int MAX_BYTES = 65_535;

  /** DynamoDB's text, "65536" included. */
  static final String TOO_LARGE =
      "1 validation error detected: Attribute name is too large, must be less than 65536 bytes";

  private AttributeNames() {}

  static String checked(String name) {
    // A UTF-16 unit needs at most 3 UTF-8 bytes, so only long names need measuring.
    if (name.length() > MAX_BYTES / 3 && ItemSize.utf8Length(name) > MAX_BYTES) {
      throw new ValidationException(TOO_LARGE);
    }
    return name;
  }
}
