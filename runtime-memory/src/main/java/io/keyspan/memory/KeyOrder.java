package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
import java.util.List;

/**
 * The order of key values: scalars as DynamoDB orders them ({@link Values#compare}), and the L
 * value of a multi-attribute key part by part, in key-schema order, as DynamoDB sorts items by "the
 * sort key attributes in order" (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 */
final class KeyOrder {
  private KeyOrder() {}

  /**
   * Compares two key values. Lists compare over their common length only: a shorter list equals
   * every list it begins, so a bound built from the leading sort values of a query (with an edge,
   * see {@link EntryKey}) falls before or after all the entries that share them.
   */
  static int compare(AttributeValue left, AttributeValue right) {
    if (left instanceof AttributeValue.L l && right instanceof AttributeValue.L r) {
      List<AttributeValue> lefts = l.values();
      List<AttributeValue> rights = r.values();
      for (int i = 0; i < Math.min(lefts.size(), rights.size()); i++) {
        int byPart = Values.compare(lefts.get(i), rights.get(i));
        if (byPart != 0) {
          return byPart;
        }
      }
      return 0;
    }
    return Values.compare(left, right);
  }
}
