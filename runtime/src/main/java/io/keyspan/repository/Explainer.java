package io.keyspan.repository;

import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.ExpressionRenderer;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the expressions of one request with one renderer, so placeholders are numbered across
 * them.
 */
final class Explainer {
  private final ExpressionRenderer renderer = new ExpressionRenderer();
  private final Map<String, String> expressions = new LinkedHashMap<>();

  Explainer keyCondition(KeyCondition keyCondition) {
    expressions.put(ExpressionKind.KEY_CONDITION.parameterName(), renderer.render(keyCondition));
    return this;
  }

  Explainer condition(ExpressionKind kind, Condition condition) {
    if (condition != null) {
      expressions.put(kind.parameterName(), renderer.render(condition));
    }
    return this;
  }

  Explainer update(UpdateExpression update) {
    if (update != null) {
      expressions.put(ExpressionKind.UPDATE.parameterName(), renderer.render(update));
    }
    return this;
  }

  Explainer projection(Projection projection) {
    if (projection != null) {
      expressions.put(ExpressionKind.PROJECTION.parameterName(), renderer.render(projection));
    }
    return this;
  }

  Explanation explain(String operation, Object request, String tableName, String indexName) {
    return new Explanation(
        operation,
        request,
        tableName,
        Optional.ofNullable(indexName),
        expressions,
        renderer.names(),
        renderer.values());
  }
}
