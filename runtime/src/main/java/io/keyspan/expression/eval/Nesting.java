package io.keyspan.expression.eval;

import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * DynamoDB's limit of 32 nesting levels (Developer Guide HowItWorks.NamingRulesDataTypes,
 * "Nesting"; G:ServiceQuotas). A value reached by a path of n steps sits at level n, so a top-level
 * attribute is at level 1 and the deepest value of an item must be reachable by a path of at most
 * 32 steps, the same bound as the longest document path an expression may name.
 */
public final class Nesting {
  static final int MAX_LEVELS = Path.MAX_DEPTH;

  /**
   * DynamoDB's text for an item or an expression attribute value nested deeper than 32 levels
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html, "Nested
   * attribute depth"), as the service answers it.
   */
  public static final String ITEM_TOO_DEEP =
      "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels"
          + " beyond supported limit";

  private Nesting() {}

  /** Whether a whole item, whose attributes are at level 1, has a member deeper than 32 levels. */
  public static boolean exceedsLimit(Map<String, AttributeValue> item) {
    for (AttributeValue value : item.values()) {
      if (exceeds(value, MAX_LEVELS - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code value}, placed at {@code path}, has a member deeper than 32 levels. */
  static boolean exceedsLimit(Path path, AttributeValue value) {
    return exceeds(value, MAX_LEVELS - path.depth());
  }

  /** Whether the members of {@code value} need more than {@code levels} more levels. */
  private static boolean exceeds(AttributeValue value, int levels) {
    if (levels < 0) {
      return true;
    }
    if (value instanceof AttributeValue.M map) {
      for (AttributeValue member : map.values().values()) {
        if (exceeds(member, levels - 1)) {
          return true;
        }
      }
    } else if (value instanceof AttributeValue.L list) {
      for (AttributeValue member : list.values()) {
        if (exceeds(member, levels - 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
