package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.request;
import static io.keyspan.expression.parser.Fixtures.s;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KeyConditionExpression shapes and their errors. Developer Guide Query.KeyConditionExpressions,
 * dynalite validations.
 */
class KeyConditionParserTest {

  private static KeyCondition parse(String text) {
    return schema().keyCondition(text);
  }

  private static String error(String text) {
    return validationError(() -> parse(text));
  }

  @Test
  void queryPageExamples() {
    // Developer Guide: Query, "Key Condition Expression".
    assertThat(parse("ForumName = :name"))
        .isEqualTo(
            KeyCondition.of(
                new KeyCondition.Compare("ForumName", ComparisonOperator.EQ, ph(":name"))));
    assertThat(parse("ForumName = :name and Subject = :sub"))
        .isEqualTo(
            KeyCondition.of(
                new KeyCondition.Compare("ForumName", ComparisonOperator.EQ, ph(":name")),
                new KeyCondition.Compare("Subject", ComparisonOperator.EQ, ph(":sub"))));
    assertThat(parse("Id = :id and begins_with(ReplyDateTime, :dt)"))
        .isEqualTo(
            KeyCondition.of(
                new KeyCondition.Compare("Id", ComparisonOperator.EQ, ph(":id")),
                new KeyCondition.BeginsWith("ReplyDateTime", ph(":dt"))));
    // Query, "Paginating the Results": year is reserved, hence #y.
    assertThat(
            request(Map.of("#y", "year"), Map.of(":yyyy", AttributeValue.n(1993)))
                .keyCondition("#y = :yyyy"))
        .isEqualTo(
            KeyCondition.of(
                new KeyCondition.Compare("year", ComparisonOperator.EQ, Fixtures.n(1993))));
  }

  @Test
  void sortKeyOperatorsOfTheGuide() {
    // Developer Guide: Query.KeyConditionExpressions: = < <= > >= BETWEEN begins_with.
    for (ComparisonOperator op :
        new ComparisonOperator[] {
          ComparisonOperator.EQ,
          ComparisonOperator.LT,
          ComparisonOperator.LE,
          ComparisonOperator.GT,
          ComparisonOperator.GE
        }) {
      assertThat(parse("p = :p AND s " + op.symbol() + " :s").terms().get(1))
          .isEqualTo(new KeyCondition.Compare("s", op, ph(":s")));
    }
    assertThat(parse("p = :p AND s BETWEEN :lo AND :hi").terms().get(1))
        .isEqualTo(new KeyCondition.Between("s", ph(":lo"), ph(":hi")));
  }

  @Test
  void termsKeepWrittenOrder() {
    assertThat(parse("begins_with(s, :s) AND p = :p").terms())
        .containsExactly(
            new KeyCondition.BeginsWith("s", ph(":s")),
            new KeyCondition.Compare("p", ComparisonOperator.EQ, ph(":p")))
        .inOrder();
  }

  @Test
  void valueFirstComparison_isTurnedAround() {
    assertThat(parse("pk = :pk AND :lo <= sk").terms().get(1))
        .isEqualTo(new KeyCondition.Compare("sk", ComparisonOperator.GE, ph(":lo")));
    assertThat(parse(":pk = pk").terms().get(0))
        .isEqualTo(new KeyCondition.Compare("pk", ComparisonOperator.EQ, ph(":pk")));
  }

  @Test
  void invalidOperators() {
    assertThat(error("p = :p OR s = :s"))
        .isEqualTo("Invalid operator used in KeyConditionExpression: OR");
    assertThat(error("NOT p = :p"))
        .isEqualTo("Invalid operator used in KeyConditionExpression: NOT");
    assertThat(error("p IN (:p)")).isEqualTo("Invalid operator used in KeyConditionExpression: IN");
    assertThat(error("p <> :p")).isEqualTo("Invalid operator used in KeyConditionExpression: <>");
    assertThat(error("p = :p AND attribute_exists(s)"))
        .isEqualTo("Invalid operator used in KeyConditionExpression: attribute_exists");
    assertThat(error("p = :p AND contains(s, :s)"))
        .isEqualTo("Invalid operator used in KeyConditionExpression: contains");
  }

  @Test
  void oneConditionPerKey() {
    assertThat(error("p = :a AND p = :b"))
        .isEqualTo(
            "Invalid KeyConditionExpression: "
                + "KeyConditionExpressions must only contain one condition per key");
  }

  @Test
  void nestedAttributes_areNotKeys() {
    assertThat(error("p.q = :p"))
        .isEqualTo("KeyConditionExpressions cannot have conditions on nested attributes");
  }

  @Test
  void twoAttributesInOneTerm() {
    assertThat(error("p = q"))
        .isEqualTo(
            "Invalid condition in KeyConditionExpression: Multiple attribute names used "
                + "in one condition");
  }

  @Test
  void termWithoutAttribute() {
    assertThat(error(":a = :b"))
        .isEqualTo("Invalid condition in KeyConditionExpression: No key attribute specified");
  }

  @Test
  void keyMustComeFirstInBetweenAndBeginsWith() {
    assertThat(error(":a BETWEEN s AND :b"))
        .isEqualTo(
            "Invalid condition in KeyConditionExpression: BETWEEN operator must have the "
                + "key attribute as its first operand");
    assertThat(error("begins_with(:a, s)"))
        .isEqualTo(
            "Invalid condition in KeyConditionExpression: begins_with operator must have "
                + "the key attribute as its first operand");
  }

  @Test
  void sizeInAKeyCondition_isANestedOperation() {
    assertThat(error("size(p) = :p"))
        .isEqualTo("KeyConditionExpressions cannot contain nested operations");
  }

  @Test
  void upToEightTerms_forAMultiAttributeIndexKey() {
    assertThat(parse("a = :a AND b = :b AND c > :c").terms()).hasSize(3);
    assertThat(
            parse(
                    "a = :a AND b = :b AND c = :c AND d = :d AND e = :e AND f = :f AND g = :g AND h < :h")
                .terms())
        .hasSize(KeyCondition.MAX_TERMS);
  }

  @Test
  void moreThanEightTerms() {
    assertThat(
            error(
                "a = :a AND b = :b AND c = :c AND d = :d AND e = :e AND f = :f AND g = :g"
                    + " AND h = :h AND i = :i"))
        .isEqualTo("Conditions can be of length 1 or 2 only");
  }

  @Test
  void conditionRulesStillApply_withTheKeyConditionPrefix() {
    assertThat(error("p = :p AND dog(s)"))
        .isEqualTo("Invalid KeyConditionExpression: Invalid function name; function: dog");
    assertThat(
            validationError(
                () ->
                    request(Map.of(), Map.of(":p", AttributeValue.s("x")))
                        .keyCondition("p = :p AND s BETWEEN :p AND :q")))
        .isEqualTo(
            "Invalid KeyConditionExpression: An expression attribute value used in "
                + "expression is not defined; attribute value: :q");
  }

  @Test
  void betweenBoundsAreChecked() {
    assertThat(
            validationError(
                () ->
                    request(
                            Map.of(),
                            Map.of(
                                ":p",
                                AttributeValue.s("x"),
                                ":lo",
                                AttributeValue.s("b"),
                                ":hi",
                                AttributeValue.s("a")))
                        .keyCondition("p = :p AND s BETWEEN :lo AND :hi")))
        .isEqualTo(
            "Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to "
                + "be greater than or equal to lower bound; lower bound operand: AttributeValue: "
                + "{S:b}, upper bound operand: AttributeValue: {S:a}");
  }

  @Test
  void requestModeBindsValues() {
    assertThat(request(Map.of(), Map.of(":p", AttributeValue.s("x"))).keyCondition("p = :p"))
        .isEqualTo(KeyCondition.of(new KeyCondition.Compare("p", ComparisonOperator.EQ, s("x"))));
  }
}
