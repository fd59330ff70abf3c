package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.n;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * #name and :value placeholders: definition, use, keys. Developer Guide
 * Expressions.ExpressionAttributeNames.
 */
class PlaceholdersTest {

  @Test
  void undefinedName() {
    assertThat(
            validationError(() -> ExpressionParser.forRequest(Map.of(), Map.of()).projection("#n")))
        .isEqualTo(
            "Invalid ProjectionExpression: An expression attribute name used in the "
                + "document path is not defined; attribute name: #n");
  }

  @Test
  void undefinedNameInSchemaAwareMode() {
    assertThat(validationError(() -> ExpressionParser.schemaAware(Map.of()).update("REMOVE #n")))
        .isEqualTo(
            "Invalid UpdateExpression: An expression attribute name used in the document "
                + "path is not defined; attribute name: #n");
  }

  @Test
  void undefinedValue() {
    assertThat(
            validationError(
                () -> ExpressionParser.forRequest(Map.of(), Map.of()).update("SET a = :v")))
        .isEqualTo(
            "Invalid UpdateExpression: An expression attribute value used in expression "
                + "is not defined; attribute value: :v");
  }

  @Test
  void valuesStayPlaceholdersInSchemaAwareMode() {
    assertThat(ExpressionParser.schemaAware(Map.of()).condition(ExpressionKind.CONDITION, "a = :v"))
        .isEqualTo(new Condition.Compare(path("a"), ComparisonOperator.EQ, ph(":v")));
  }

  @Test
  void unusedName() {
    ExpressionParser parser = ExpressionParser.forRequest(Map.of("#n", "n"), Map.of());
    parser.projection("a");
    assertThat(validationError(parser::checkAllUsed))
        .isEqualTo("Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}");
  }

  @Test
  void unusedValues_listedInMapOrder() {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(":a", AttributeValue.n(1));
    values.put(":b", AttributeValue.n(2));
    values.put(":c", AttributeValue.n(3));
    ExpressionParser parser = ExpressionParser.forRequest(Map.of(), values);
    parser.update("SET x = :b");
    assertThat(validationError(parser::checkAllUsed))
        .isEqualTo(
            "Value provided in ExpressionAttributeValues unused in expressions: keys: "
                + "{:a, :c}");
  }

  @Test
  void unusedNamesAreReportedBeforeUnusedValues() {
    ExpressionParser parser =
        ExpressionParser.forRequest(Map.of("#n", "n"), Map.of(":v", AttributeValue.n(1)));
    parser.projection("a");
    assertThat(parser.unusedPlaceholders().stream().map(ExpressionError::message).toList())
        .containsExactly(
            "Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}",
            "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}")
        .inOrder();
  }

  @Test
  void usageCountsAcrossAllExpressionsOfARequest() {
    // ALT test_projection_expression_and_key_condition_expression; Developer Guide
    // Expressions.ExpressionAttributeNames.
    ExpressionParser parser =
        ExpressionParser.forRequest(
            Map.of("#p", "p", "#x", "x"),
            Map.of(":p", AttributeValue.s("k"), ":n", AttributeValue.n(1)));
    parser.keyCondition("#p = :p");
    parser.condition(ExpressionKind.FILTER, "a > :n");
    parser.projection("#x");
    parser.checkAllUsed();
    assertThat(parser.unusedPlaceholders()).isEmpty();
  }

  @Test
  void invalidNameKey() {
    assertThat(validationError(() -> ExpressionParser.forRequest(Map.of("x", "x"), Map.of())))
        .isEqualTo("ExpressionAttributeNames contains invalid key: Syntax error; key: \"x\"");
    assertThat(validationError(() -> ExpressionParser.forRequest(Map.of("#a-b", "x"), Map.of())))
        .isEqualTo("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"");
  }

  @Test
  void invalidValueKey() {
    assertThat(
            validationError(
                () -> ExpressionParser.forRequest(Map.of(), Map.of("v", AttributeValue.n(1)))))
        .isEqualTo("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
  }

  @Test
  void invalidKeysInSchemaAwareMode_areReportedAsData() {
    ParseResult<?> result = ExpressionParser.schemaAware(Map.of("#", "x")).tryProjection("a");
    assertThat(result.isSuccess()).isFalse();
    assertThat(result.errors().get(0).message())
        .isEqualTo("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"");
    assertThat(result.errors().get(0).hasPosition()).isFalse();
  }

  @Test
  void placeholderOf255Bytes_isAccepted_256Rejected() {
    String longest = "#" + "a".repeat(254);
    ExpressionParser parser = ExpressionParser.forRequest(Map.of(longest, "x"), Map.of());
    assertThat(parser.projection(longest)).isEqualTo(io.keyspan.expression.Projection.of("x"));
    String tooLong = longest + "a";
    assertThat(validationError(() -> ExpressionParser.forRequest(Map.of(tooLong, "x"), Map.of())))
        .isEqualTo(
            "ExpressionAttributeNames contains invalid key: The expression attribute "
                + "placeholder exceeds the maximum length of 255 bytes; key: \""
                + tooLong
                + "\"");
  }

  @Test
  void placeholderNamesMayStartWithDigitsOrUnderscore() {
    ExpressionParser parser =
        ExpressionParser.forRequest(
            Map.of("#123", "a", "#_", "b"), Map.of(":1", AttributeValue.n(1)));
    assertThat(parser.condition(ExpressionKind.CONDITION, "#123 = :1 AND #_ = :1"))
        .isEqualTo(
            new Condition.And(
                new Condition.Compare(path("a"), ComparisonOperator.EQ, n(1)),
                new Condition.Compare(path("b"), ComparisonOperator.EQ, n(1))));
  }

  @Test
  void schemaAwareParserListsTheValuePlaceholdersToBind() {
    ExpressionParser parser = ExpressionParser.schemaAware(Map.of());
    parser.keyCondition("p = :p AND s > :from");
    parser.condition(ExpressionKind.FILTER, "a = :p OR b = :x");
    assertThat(parser.usedValuePlaceholders()).containsExactly(":p", ":from", ":x").inOrder();
  }

  @Test
  void undefinedPlaceholders_pointAtTheirText() {
    ParseResult<?> result =
        ExpressionParser.forRequest(Map.of(), Map.of()).tryUpdate("SET #name = :value");
    assertThat(result.errors())
        .containsExactly(
            new ExpressionError(
                "Invalid UpdateExpression: An expression attribute name used in the "
                    + "document path is not defined; attribute name: #name",
                4,
                5),
            new ExpressionError(
                "Invalid UpdateExpression: An expression attribute value used in "
                    + "expression is not defined; attribute value: :value",
                12,
                6))
        .inOrder();
  }

  @Test
  void nameMappedToTheEmptyString_isUndefined() {
    // dynalite validations: an empty mapping fails the definedness test.
    assertThat(
            validationError(
                () -> ExpressionParser.forRequest(Map.of("#n", ""), Map.of()).projection("#n")))
        .isEqualTo(
            "Invalid ProjectionExpression: An expression attribute name used in the "
                + "document path is not defined; attribute name: #n");
  }
}
