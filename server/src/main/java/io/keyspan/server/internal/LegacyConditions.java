package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates the legacy condition maps into the expression AST: {@code Expected} into a condition
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html),
 * {@code QueryFilter} and {@code ScanFilter} into a filter
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html),
 * {@code KeyConditions} into a key condition
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html).
 * The entries are joined by {@code ConditionalOperator}, AND unless it says OR.
 */
final class LegacyConditions {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private LegacyConditions() {}

  /** The condition an {@code Expected} map means; null when the map is absent. */
  static Condition expected(Map<String, JsonNode> expected, boolean or) {
    if (expected == null) {
      return null;
    }
    List<Condition> conditions = new ArrayList<>();
    expected.forEach((attribute, json) -> conditions.add(expectation(attribute, json)));
    return joined(conditions, or);
  }

  /** The filter a {@code QueryFilter} or {@code ScanFilter} map means; null when absent. */
  static Condition filter(String member, Map<String, JsonNode> filter, boolean or) {
    if (filter == null) {
      return null;
    }
    List<Condition> conditions = new ArrayList<>();
    filter.forEach(
        (attribute, json) -> {
          Comparison comparison = Comparison.read(member, attribute, json);
          conditions.add(comparison.operator().condition(attribute, comparison.values()));
        });
    return joined(conditions, or);
  }

  /**
   * The key condition a {@code KeyConditions} map means; the table's key schema then decides which
   * term is the partition key, as for a KeyConditionExpression.
   */
  static KeyCondition keyConditions(Map<String, JsonNode> keyConditions) {
    List<KeyCondition.Term> terms = new ArrayList<>();
    keyConditions.forEach(
        (attribute, json) -> {
          Comparison comparison = Comparison.read("keyConditions", attribute, json);
          terms.add(keyTerm(attribute, comparison.operator(), comparison.values()));
        });
    // More than two terms are checked by the engine against the key, as a multi-attribute GSI key
    // takes up to eight.
    if (terms.isEmpty() || terms.size() > KeyCondition.MAX_TERMS) {
      throw new ValidationException("Conditions can be of length 1 or 2 only");
    }
    return new KeyCondition(terms);
  }

  private static KeyCondition.Term keyTerm(
      String attribute, LegacyOperator operator, List<AttributeValue> values) {
    return switch (operator) {
      case EQ -> keyCompare(attribute, ComparisonOperator.EQ, values);
      case LT -> keyCompare(attribute, ComparisonOperator.LT, values);
      case LE -> keyCompare(attribute, ComparisonOperator.LE, values);
      case GT -> keyCompare(attribute, ComparisonOperator.GT, values);
      case GE -> keyCompare(attribute, ComparisonOperator.GE, values);
      case BEGINS_WITH -> new KeyCondition.BeginsWith(attribute, new Literal(values.get(0)));
      case BETWEEN ->
          new KeyCondition.Between(
              attribute, new Literal(values.get(0)), new Literal(values.get(1)));
      case NE, IN, NULL, NOT_NULL, CONTAINS, NOT_CONTAINS ->
          throw new ValidationException(
              "Attempted conditional constraint is not an indexable operation");
    };
  }

  private static KeyCondition.Term keyCompare(
      String attribute, ComparisonOperator op, List<AttributeValue> values) {
    return new KeyCondition.Compare(attribute, op, new Literal(values.get(0)));
  }

  /**
   * One entry of {@code Expected}: {@code Exists} with or without {@code Value}, or a {@code
   * ComparisonOperator} with its values, checked in DynamoDB's order.
   */
  private static Condition expectation(String attribute, JsonNode json) {
    WireObject entry = WireObject.structure(json);
    if (entry == null) {
      throw new ValidationException(
          INVALID + "Value must be provided when Exists is null for Attribute: " + attribute);
    }
    Constraints constraints = new Constraints();
    LegacyOperator operator =
        constraints.enumValue(
            "expected." + attribute + ".member.comparisonOperator",
            entry.string("ComparisonOperator"),
            LegacyOperator.values());
    constraints.check();
    Boolean exists = entry.bool("Exists");
    List<JsonNode> list = entry.list("AttributeValueList");
    AttributeValue value = entry.has("Value") ? WireValues.value(entry.raw("Value")) : null;
    if (list != null && value != null) {
      throw new ValidationException(
          INVALID
              + "Value and AttributeValueList cannot be used together for Attribute: "
              + attribute);
    }
    if (operator != null) {
      if (exists != null) {
        throw new ValidationException(
            INVALID
                + "Exists and ComparisonOperator cannot be used together for Attribute: "
                + attribute);
      }
      List<AttributeValue> values =
          list != null ? attributeValues(list) : value != null ? List.of(value) : null;
      if (values == null
          && operator != LegacyOperator.NULL
          && operator != LegacyOperator.NOT_NULL) {
        throw new ValidationException(
            INVALID
                + "Value or AttributeValueList must be used with ComparisonOperator: "
                + operator
                + " for Attribute: "
                + attribute);
      }
      List<AttributeValue> checked = values == null ? List.of() : values;
      operator.checkValues(checked);
      return operator.condition(attribute, checked);
    }
    if (list != null) {
      throw new ValidationException(
          INVALID
              + "AttributeValueList can only be used with a ComparisonOperator for Attribute: "
              + attribute);
    }
    boolean mustExist = exists == null || exists;
    if (mustExist && value == null) {
      throw new ValidationException(
          INVALID
              + "Value must be provided when Exists is "
              + exists
              + " for Attribute: "
              + attribute);
    }
    if (!mustExist && value != null) {
      throw new ValidationException(
          INVALID + "Value cannot be used when Exists is false for Attribute: " + attribute);
    }
    return mustExist
        ? LegacyOperator.EQ.condition(attribute, List.of(value))
        : LegacyOperator.NULL.condition(attribute, List.of());
  }

  private static Condition joined(List<Condition> conditions, boolean or) {
    if (conditions.isEmpty()) {
      return null;
    }
    Condition joined = conditions.get(0);
    for (Condition next : conditions.subList(1, conditions.size())) {
      joined = or ? joined.or(next) : joined.and(next);
    }
    return joined;
  }

  private static List<AttributeValue> attributeValues(List<JsonNode> list) {
    return list.stream().map(WireValues::value).toList();
  }

  /** A filter or key-condition entry: a required operator and its checked values. */
  private record Comparison(LegacyOperator operator, List<AttributeValue> values) {
    static Comparison read(String member, String attribute, JsonNode json) {
      WireObject entry = WireObject.structure(json);
      String path = member + "." + attribute + ".member.comparisonOperator";
      Constraints constraints = new Constraints();
      String name = entry == null ? null : entry.string("ComparisonOperator");
      constraints.notNull(path, name);
      LegacyOperator operator = constraints.enumValue(path, name, LegacyOperator.values());
      constraints.check();
      List<JsonNode> list = entry.list("AttributeValueList");
      List<AttributeValue> values = list == null ? List.of() : attributeValues(list);
      operator.checkValues(values);
      return new Comparison(operator, values);
    }
  }
}
