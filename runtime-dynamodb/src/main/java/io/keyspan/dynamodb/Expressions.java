package io.keyspan.dynamodb;

import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionRenderer;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The expressions of one request (or one transaction action), rendered into text with shared {@code
 * #n} names and {@code :v} values, so values never enter the text. Absent trees render as null, and
 * empty name or value maps as null, since DynamoDB rejects empty maps.
 */
final class Expressions {
  private final ExpressionRenderer renderer = new ExpressionRenderer();

  String condition(Condition condition) {
    return condition == null ? null : renderer.render(condition);
  }

  String keyCondition(KeyCondition keyCondition) {
    return renderer.render(keyCondition);
  }

  String update(UpdateExpression update) {
    return update == null ? null : renderer.render(update);
  }

  String projection(Projection projection) {
    return projection == null ? null : renderer.render(projection);
  }

  /** The {@code #n} placeholders used so far; null when none. */
  Map<String, String> names() {
    Map<String, String> names = renderer.names();
    return names.isEmpty() ? null : names;
  }

  /** The {@code :v} placeholders used so far, as SDK values; null when none. */
  Map<String, AttributeValue> values() {
    Map<String, io.keyspan.value.AttributeValue> values = renderer.values();
    return values.isEmpty() ? null : AttributeValues.toSdk(values);
  }
}
