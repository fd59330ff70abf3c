package io.keyspan.engine.partiql;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.eval.ConditionEvaluator;
import io.keyspan.expression.eval.Projector;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A SELECT of one item by its full key, as batches and transactions run them: the item is read
 * whole, then kept only if it meets the rest of the WHERE, then projected.
 *
 * @param condition the WHERE's terms beyond the key; null for none
 * @param projection the attributes to return; null for all
 */
record PlannedRead(
    String table, Map<String, AttributeValue> key, Condition condition, Projection projection) {

  Optional<Map<String, AttributeValue>> answer(Optional<Map<String, AttributeValue>> stored) {
    return stored
        .filter(item -> condition == null || ConditionEvaluator.test(condition, item))
        .map(item -> projection == null ? item : Projector.project(projection, item));
  }
}
