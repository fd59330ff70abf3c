package io.keyspan.memory;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.Update;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * The engine's only door to expression evaluation, which lives in the runtime's evaluator
 * (io.keyspan.expression.eval). The engine never evaluates expressions itself.
 */
final class Evaluation {
  private Evaluation() {}

  /** The outcome of an UpdateExpression on an item. */
  record Updated(
      Map<String, AttributeValue> item,
      Map<String, AttributeValue> updatedOld,
      Map<String, AttributeValue> updatedNew) {}

  /** Whether the item (empty when absent) meets the condition; null conditions always hold. */
  static boolean test(Condition condition, Map<String, AttributeValue> item) {
    if (condition == null) {
      return true;
    }
    throw new UnsupportedOperationException("evaluator not merged yet");
  }

  static Map<String, AttributeValue> project(
      Projection projection, Map<String, AttributeValue> item) {
    throw new UnsupportedOperationException("evaluator not merged yet");
  }

  static Updated apply(Update update, Map<String, AttributeValue> item) {
    throw new UnsupportedOperationException("evaluator not merged yet");
  }
}
