package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.n;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.s;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Binding placeholders of schema-aware trees to values. Developer Guide
 * Expressions.ExpressionAttributeNames.
 */
class BinderTest {
  private static final Map<String, AttributeValue> VALUES =
      Map.of(":a", AttributeValue.n(1), ":b", AttributeValue.s("x"), ":l", AttributeValue.l());

  @Test
  void bindsEveryConditionPosition_asRequestModeWould() {
    String text =
        "a = :a AND (b BETWEEN :a AND :a OR c IN (:a, :b)) AND NOT begins_with(d, :b) "
            + "AND contains(e, :b) AND attribute_type(f, :t) AND attribute_exists(g)";
    Map<String, AttributeValue> values =
        Map.of(":a", AttributeValue.n(1), ":b", AttributeValue.s("x"), ":t", AttributeValue.s("S"));
    Condition unbound = schema().condition(ExpressionKind.CONDITION, text);
    assertThat(Binder.of(values).bind(unbound, ExpressionKind.CONDITION))
        .isEqualTo(
            ExpressionParser.forRequest(Map.of(), values)
                .condition(ExpressionKind.CONDITION, text));
  }

  @Test
  void bindsUpdates() {
    UpdateExpression unbound =
        schema()
            .update(
                "SET a = if_not_exists(a, :a) + :a, b = list_append(:l, b) ADD c :a DELETE d :l REMOVE e");
    UpdateExpression bound = Binder.of(VALUES).bind(unbound);
    assertThat(bound.set().get(0).value())
        .isEqualTo(new UpdateValue.Plus(new UpdateValue.IfNotExists(path("a"), n(1)), n(1)));
    assertThat(bound.set().get(1).value())
        .isEqualTo(new UpdateValue.ListAppend(Fixtures.lit(AttributeValue.l()), path("b")));
    assertThat(bound.add().get(0).value()).isEqualTo(n(1));
    assertThat(bound.delete().get(0).value()).isEqualTo(Fixtures.lit(AttributeValue.l()));
    assertThat(bound.remove()).containsExactly(path("e"));
  }

  @Test
  void bindsKeyConditions() {
    KeyCondition bound =
        Binder.of(VALUES).bind(schema().keyCondition("p = :b AND s BETWEEN :a AND :a"));
    assertThat(bound)
        .isEqualTo(
            KeyCondition.of(
                new KeyCondition.Compare("p", ComparisonOperator.EQ, s("x")),
                new KeyCondition.Between("s", n(1), n(1))));
  }

  @Test
  void undefinedPlaceholder_isReportedWithTheKindPrefix() {
    Condition unbound = new Condition.Compare(path("a"), ComparisonOperator.EQ, ph(":v"));
    assertThat(validationError(() -> Binder.of(Map.of()).bind(unbound, ExpressionKind.FILTER)))
        .isEqualTo(
            "Invalid FilterExpression: An expression attribute value used in expression is "
                + "not defined; attribute value: :v");
    assertThat(validationError(() -> Binder.of(Map.of()).bind(schema().update("ADD a :w"))))
        .isEqualTo(
            "Invalid UpdateExpression: An expression attribute value used in expression is "
                + "not defined; attribute value: :w");
  }

  @Test
  void everyUndefinedPlaceholder_isReportedAsData() {
    ParseResult<Condition> result =
        Binder.of(Map.of())
            .tryBind(
                schema().condition(ExpressionKind.CONDITION, "a = :x OR b = :y"),
                ExpressionKind.CONDITION);
    assertThat(result.errors()).hasSize(2);
    assertThat(result.tree()).isEmpty();
  }

  @Test
  void literalsStay_andUsedPlaceholdersAreTracked() {
    Binder binder = Binder.of(VALUES);
    Condition mixed =
        new Condition.And(
            new Condition.Compare(path("a"), ComparisonOperator.EQ, s("kept")),
            new Condition.Compare(path("b"), ComparisonOperator.EQ, ph(":a")));
    assertThat(binder.bind(mixed, ExpressionKind.CONDITION))
        .isEqualTo(
            new Condition.And(
                new Condition.Compare(path("a"), ComparisonOperator.EQ, s("kept")),
                new Condition.Compare(path("b"), ComparisonOperator.EQ, n(1))));
    assertThat(binder.usedPlaceholders()).containsExactly(":a");
  }

  @Test
  void bindingThenStaticChecks_catchBadConstants() {
    Condition unbound = schema().condition(ExpressionKind.CONDITION, "a BETWEEN :hi AND :lo");
    Condition bound =
        Binder.of(Map.of(":hi", AttributeValue.n(9), ":lo", AttributeValue.n(1)))
            .bind(unbound, ExpressionKind.CONDITION);
    assertThat(StaticChecks.condition(bound, ExpressionKind.CONDITION).isSuccess()).isFalse();
  }
}
