package io.keyspan.server.internal;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The legacy (non-expression) parameters of one request, read only where the operation has them,
 * each translated into the expression it stands for so the one evaluator decides it
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html).
 */
final class LegacyParameters {
  /** ConditionalOperator's values, in the order DynamoDB lists them. */
  private enum ConditionalOperator {
    OR,
    AND
  }

  private static final String FILTER_ON_KEY =
      "Filter Expression can only contain non-primary key attributes";

  private final WireObject scope;
  private final List<String> members;
  private final boolean or;

  private LegacyParameters(WireObject scope, List<String> members, boolean or) {
    this.scope = scope;
    this.members = members;
    this.or = or;
  }

  /** The legacy parameters among {@code members} (the operation's legacy members) of a scope. */
  static LegacyParameters read(WireObject scope, List<String> members) {
    Constraints constraints = new Constraints();
    ConditionalOperator operator =
        members.contains("ConditionalOperator")
            ? constraints.enumValue(
                "conditionalOperator",
                scope.string("ConditionalOperator"),
                ConditionalOperator.values())
            : null;
    constraints.check();
    return new LegacyParameters(scope, members, operator == ConditionalOperator.OR);
  }

  /** Expected as a condition, or QueryFilter or ScanFilter as a filter; null when absent. */
  Condition condition(ExpressionKind kind) {
    if (kind == ExpressionKind.CONDITION) {
      return LegacyConditions.expected(member("Expected") ? scope.map("Expected") : null, or);
    }
    for (String filter : List.of("QueryFilter", "ScanFilter")) {
      if (member(filter)) {
        return LegacyConditions.filter(lowerFirst(filter), scope.map(filter), or);
      }
    }
    return null;
  }

  /** KeyConditions as a key condition; null when absent. */
  KeyCondition keyCondition() {
    return member("KeyConditions")
        ? LegacyConditions.keyConditions(scope.map("KeyConditions"))
        : null;
  }

  /** AttributeUpdates as an update; null when absent or empty. */
  UpdateExpression update() {
    return member("AttributeUpdates") ? LegacyUpdates.update(scope.map("AttributeUpdates")) : null;
  }

  /** AttributesToGet as a projection of top-level attributes; null when absent. */
  Projection projection() {
    if (!member("AttributesToGet")) {
      return null;
    }
    List<String> names = scope.strings("AttributesToGet");
    Constraints constraints = new Constraints();
    constraints.size("attributesToGet", names, 1, 255);
    constraints.check();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new ValidationException(
            "One or more parameter values were invalid: Duplicate value in attribute name: "
                + name);
      }
    }
    return Projection.of(names.toArray(String[]::new));
  }

  /**
   * The engine's error about a projection or filter, named after the legacy parameter that stood in
   * for the expression, as DynamoDB names it ("Cannot specify the AttributesToGet when choosing to
   * get ALL_ATTRIBUTES", "QueryFilter can only contain non-primary key attributes: ...").
   */
  ValidationException inLegacyTerms(ValidationException error) {
    String message = error.getMessage();
    if (member("AttributesToGet")
        && message.startsWith("Cannot specify the " + ExpressionKind.PROJECTION.parameterName())) {
      return renamed(error, ExpressionKind.PROJECTION.parameterName(), "AttributesToGet");
    }
    if (member("QueryFilter") && message.startsWith(FILTER_ON_KEY)) {
      return renamed(error, "Filter Expression", "QueryFilter");
    }
    return error;
  }

  private static ValidationException renamed(
      ValidationException error, String expression, String legacy) {
    return new ValidationException(error.getMessage().replace(expression, legacy), error);
  }

  private boolean member(String name) {
    return members.contains(name) && scope.has(name);
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
