package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expressions of one request scope (a request, or one action of a transaction): its
 * ExpressionAttributeNames and ExpressionAttributeValues, checked as DynamoDB checks them, and each
 * expression string parsed with the project's one parser. Call {@link #checkAllUsed()} after the
 * last expression, so unused names and values are reported across all of them.
 */
final class RequestExpressions {
  private final WireObject scope;
  private final ExpressionParser parser;
  private final LegacyParameters legacy;

  private RequestExpressions(WireObject scope, ExpressionParser parser, LegacyParameters legacy) {
    this.scope = scope;
    this.parser = parser;
    this.legacy = legacy;
  }

  /**
   * Reads the names and values of a scope and rejects what DynamoDB rejects before parsing: legacy
   * parameters mixed with expressions, names or values with no expression to use them, empty maps,
   * invalid values. The parser checks the placeholder keys. Where an expression is absent, its
   * legacy counterpart stands in for it, translated into the same tree.
   */
  static RequestExpressions read(WireObject scope, Shape shape) {
    if (!any(scope, shape.expressionMembers())
        && !any(scope, shape.legacyMembers())
        && !scope.has("ExpressionAttributeNames")
        && !scope.has("ExpressionAttributeValues")) {
      // Nothing to check and nothing to parse (most GetItem and PutItem requests): the full
      // reading below would accept the scope with empty maps and no parser calls.
      return new RequestExpressions(scope, null, LegacyParameters.read(scope, List.of()));
    }
    List<String> legacy = present(scope, shape.legacyMembers());
    List<String> expressions = present(scope, shape.expressionMembers());
    if (!scope.has(ExpressionKind.KEY_CONDITION.parameterName())) {
      // KeyConditions may go with a ProjectionExpression or FilterExpression (API Query).
      legacy = legacy.stream().filter(member -> !member.equals("KeyConditions")).toList();
    }
    if (!legacy.isEmpty() && !expressions.isEmpty()) {
      throw new ValidationException(
          "Can not use both expression and non-expression parameters in the same request: "
              + "Non-expression parameters: {"
              + String.join(", ", legacy)
              + "} "
              + "Expression parameters: {"
              + String.join(", ", expressions)
              + "}");
    }
    Map<String, JsonNode> namesJson = scope.map("ExpressionAttributeNames");
    // Reads (GetItem, BatchGetItem, TransactGetItems) have no ExpressionAttributeValues member.
    Map<String, JsonNode> valuesJson =
        shape.valueMembers().isEmpty() ? null : scope.map("ExpressionAttributeValues");
    if (namesJson != null && expressions.isEmpty()) {
      throw new ValidationException(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    if (valuesJson != null && present(scope, shape.valueMembers()).isEmpty()) {
      List<String> valueMembers = shape.valueMembers();
      throw new ValidationException(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + String.join(" and ", valueMembers)
              + (valueMembers.size() > 1 ? " are null" : " is null"));
    }
    Map<String, String> names = names(namesJson);
    Map<String, AttributeValue> values = values(valuesJson);
    return new RequestExpressions(
        scope,
        ExpressionParser.forRequest(names, values),
        LegacyParameters.read(scope, shape.legacyMembers()));
  }

  /** The condition or filter in the given member; null when the member is absent. */
  Condition condition(ExpressionKind kind) {
    String text = scope.string(kind.parameterName());
    return text == null ? legacy.condition(kind) : parser.condition(kind, text);
  }

  KeyCondition keyCondition() {
    String text = scope.string(ExpressionKind.KEY_CONDITION.parameterName());
    return text == null ? legacy.keyCondition() : parser.keyCondition(text);
  }

  UpdateExpression update() {
    String text = scope.string(ExpressionKind.UPDATE.parameterName());
    return text == null ? legacy.update() : parser.update(text);
  }

  Projection projection() {
    String text = scope.string(ExpressionKind.PROJECTION.parameterName());
    return text == null ? legacy.projection() : parser.projection(text);
  }

  /** The engine's error in the words of the legacy parameter that stood in for an expression. */
  ValidationException inLegacyTerms(ValidationException error) {
    return legacy.inLegacyTerms(error);
  }

  /** Rejects names and values that no expression of the scope used. */
  void checkAllUsed() {
    if (parser != null) {
      parser.checkAllUsed();
    }
  }

  private static Map<String, String> names(Map<String, JsonNode> json) {
    Map<String, String> names = new LinkedHashMap<>();
    if (json == null) {
      return names;
    }
    if (json.isEmpty()) {
      throw new ValidationException("ExpressionAttributeNames must not be empty");
    }
    json.forEach(
        (key, value) -> {
          String name = WireObject.string(value);
          names.put(key, name == null ? null : AttributeNames.checked(name));
        });
    return names;
  }

  private static Map<String, AttributeValue> values(Map<String, JsonNode> json) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    if (json == null) {
      return values;
    }
    if (json.isEmpty()) {
      throw new ValidationException("ExpressionAttributeValues must not be empty");
    }
    json.forEach(
        (key, value) -> {
          try {
            values.put(key, WireValues.value(value));
          } catch (ValidationException e) {
            if (e.getMessage().equals(WireValues.NESTING_TOO_DEEP)) {
              throw e; // DynamoDB reports a value nested too deep as it does for an item
            }
            throw new ValidationException(
                "ExpressionAttributeValues contains invalid value: "
                    + e.getMessage()
                    + " for key "
                    + key);
          }
        });
    return values;
  }

  private static List<String> present(WireObject scope, List<String> members) {
    return members.stream().filter(scope::has).toList();
  }

  private static boolean any(WireObject scope, List<String> members) {
    for (String member : members) {
      if (scope.has(member)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which members of a request scope are expressions, which of those can use values, and which are
   * the legacy parameters that must not be mixed with them.
   */
  record Shape(
      List<String> expressionMembers, List<String> valueMembers, List<String> legacyMembers) {
    static final Shape PUT =
        new Shape(
            List.of("ConditionExpression"),
            List.of("ConditionExpression"),
            List.of("Expected", "ConditionalOperator"));
    static final Shape DELETE = PUT;
    static final Shape UPDATE =
        new Shape(
            List.of("UpdateExpression", "ConditionExpression"),
            List.of("UpdateExpression", "ConditionExpression"),
            List.of("AttributeUpdates", "Expected", "ConditionalOperator"));
    static final Shape GET =
        new Shape(List.of("ProjectionExpression"), List.of(), List.of("AttributesToGet"));
    static final Shape QUERY =
        new Shape(
            List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
            List.of("FilterExpression", "KeyConditionExpression"),
            List.of("AttributesToGet", "KeyConditions", "QueryFilter", "ConditionalOperator"));
    static final Shape SCAN =
        new Shape(
            List.of("ProjectionExpression", "FilterExpression"),
            List.of("FilterExpression"),
            List.of("AttributesToGet", "ScanFilter", "ConditionalOperator"));

    /** A ConditionCheck, Put or Delete of a transaction: a condition, no legacy parameters. */
    static final Shape TRANSACT_CONDITION =
        new Shape(List.of("ConditionExpression"), List.of("ConditionExpression"), List.of());

    static final Shape TRANSACT_UPDATE =
        new Shape(
            List.of("UpdateExpression", "ConditionExpression"),
            List.of("UpdateExpression", "ConditionExpression"),
            List.of());
    static final Shape TRANSACT_GET =
        new Shape(List.of("ProjectionExpression"), List.of(), List.of());
  }
}
