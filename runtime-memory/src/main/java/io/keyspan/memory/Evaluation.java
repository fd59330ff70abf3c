package io.keyspan.memory;

import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.eval.ConditionEvaluator;
import io.keyspan.expression.eval.Projector;
import io.keyspan.expression.eval.UpdateEvaluator;
import io.keyspan.expression.eval.UpdateResult;
import io.keyspan.expression.parser.StaticChecks;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * The engine's only door to expression evaluation, which lives in the runtime's evaluator ({@link
 * io.keyspan.expression.eval}). The engine never evaluates expressions itself.
 */
final class Evaluation {
  private Evaluation() {}

  /** Whether the item (empty when absent) meets the condition; a null condition always holds. */
  static boolean test(Condition condition, Map<String, AttributeValue> item) {
    return condition == null || ConditionEvaluator.test(condition, item);
  }

  static Map<String, AttributeValue> project(
      Projection projection, Map<String, AttributeValue> item) {
    return Projector.project(projection, item);
  }

  // The checks DynamoDB makes on an expression before it reads any item. Trees may come from the
  // parser or from the typed DSL, so the engine checks every tree it receives; errors win over a
  // failed condition.

  static void check(Condition condition, ExpressionKind kind) {
    if (condition != null) {
      StaticChecks.condition(condition, kind).orThrow();
    }
  }

  static void check(KeyCondition keyCondition) {
    StaticChecks.keyCondition(keyCondition).orThrow();
  }

  static void check(UpdateExpression update) {
    if (update != null) {
      StaticChecks.update(update).orThrow();
    }
  }

  static void check(Projection projection) {
    if (projection != null) {
      StaticChecks.projection(projection).orThrow();
    }
  }

  /** Applies the update to the item, or to the key alone when the item does not exist. */
  static UpdateResult apply(
      UpdateExpression update, Map<String, AttributeValue> base, boolean exists) {
    return UpdateEvaluator.apply(update, base, exists);
  }
}
