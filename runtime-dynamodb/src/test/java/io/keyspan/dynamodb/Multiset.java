package io.keyspan.dynamodb;

import io.keyspan.value.AttributeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Items counted regardless of order: how scans are compared, since DynamoDB's scan order is open.
 */
record Multiset(Map<Map<String, AttributeValue>, Integer> counts) {
  static Multiset of(List<Map<String, AttributeValue>> items) {
    Map<Map<String, AttributeValue>, Integer> counts = new HashMap<>();
    items.forEach(item -> counts.merge(Map.copyOf(item), 1, Integer::sum));
    return new Multiset(Map.copyOf(counts));
  }
}
