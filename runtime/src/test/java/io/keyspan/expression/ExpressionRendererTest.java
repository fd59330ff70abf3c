package io.keyspan.expression;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Grammar and precedence: Developer Guide Expressions.OperatorsAndFunctions (Developer Guide
// Expressions.OperatorsAndFunctions),
// Expressions.UpdateExpressions (1.7), ProjectionExpressions (1.8), Query.KeyConditionExpressions
// (1.6); names and values as placeholders: Expressions.ExpressionAttributeNames (1.3).
class ExpressionRendererTest {
  private final ExpressionRenderer renderer = new ExpressionRenderer();

  private static Path path(String name) {
    return Path.of(name);
  }

  private static Literal n(long value) {
    return new Literal(AttributeValue.n(value));
  }

  private static Literal s(String value) {
    return new Literal(AttributeValue.s(value));
  }

  private static Condition eq(String name, long value) {
    return new Condition.Compare(path(name), ComparisonOperator.EQ, n(value));
  }

  private static Condition exists(String name) {
    return new Condition.AttributeExists(path(name));
  }

  // ---------------------------------------------------------------- names and values

  @Test
  void everyNameAndValue_becomesAPlaceholder() {
    String text = renderer.render(new Condition.Compare(path("Age"), ComparisonOperator.GT, n(25)));
    assertThat(text).isEqualTo("#n0 > :v0");
    assertThat(renderer.names()).containsExactly("#n0", "Age");
    assertThat(renderer.values()).containsExactly(":v0", AttributeValue.n(25));
  }

  @Test
  void reservedWordsDotsAndUnicode_neverEnterTheText() {
    Path odd = Path.of("Name").attribute("a.b").attribute("größe 😀").index(2);
    String text = renderer.render(new Condition.AttributeExists(odd));
    assertThat(text).isEqualTo("attribute_exists(#n0.#n1.#n2[2])");
    assertThat(renderer.names())
        .containsExactly("#n0", "Name", "#n1", "a.b", "#n2", "größe 😀")
        .inOrder();
  }

  @Test
  void sameName_reusesItsPlaceholder_acrossExpressionsOfTheRequest() {
    String condition = renderer.render(eq("Age", 1).and(exists("Age")));
    String projection = renderer.render(new Projection(List.of(path("Name"), path("Age"))));
    assertThat(condition).isEqualTo("#n0 = :v0 AND attribute_exists(#n0)");
    assertThat(projection).isEqualTo("#n1, #n0");
    assertThat(renderer.names()).containsExactly("#n0", "Age", "#n1", "Name").inOrder();
  }

  @Test
  void everyLiteral_getsItsOwnValuePlaceholder_inOrderOfAppearance() {
    String text = renderer.render(new Condition.In(path("a"), List.of(n(1), n(1), s("x"))));
    assertThat(text).isEqualTo("#n0 IN (:v0, :v1, :v2)");
    assertThat(renderer.values().keySet()).containsExactly(":v0", ":v1", ":v2").inOrder();
    assertThat(renderer.values().get(":v2")).isEqualTo(AttributeValue.s("x"));
  }

  @Test
  void valueText_neverAppears() {
    String text =
        renderer.render(new Condition.Compare(path("a"), ComparisonOperator.EQ, s(") OR (x = x")));
    assertThat(text).isEqualTo("#n0 = :v0");
  }

  @Test
  void unboundPlaceholders_renderAsTheirName_andAddNoValue() {
    String text =
        renderer.render(
            new Condition.Compare(path("Age"), ComparisonOperator.GT, new Placeholder(":age"))
                .and(eq("Size", 3)));
    assertThat(text).isEqualTo("#n0 > :age AND #n1 = :v0");
    assertThat(renderer.values()).containsExactly(":v0", AttributeValue.n(3));
  }

  @Test
  void generatedValuePlaceholders_skipNamesOfUnboundPlaceholders() {
    String text =
        renderer.render(
            new Condition.Compare(path("a"), ComparisonOperator.EQ, new Placeholder(":v0"))
                .and(eq("b", 1)));
    assertThat(text).isEqualTo("#n0 = :v0 AND #n1 = :v1");
    assertThat(renderer.values()).containsExactly(":v1", AttributeValue.n(1));
  }

  @Test
  void unboundPlaceholderNamedLikeAnEarlierLiteral_isRejected() {
    renderer.render(eq("a", 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            renderer.render(
                new Condition.Compare(path("b"), ComparisonOperator.EQ, new Placeholder(":v0"))));
  }

  @Test
  void returnedMaps_areSnapshots() {
    renderer.render(eq("a", 1));
    Map<String, String> names = renderer.names();
    renderer.render(eq("b", 2));
    assertThat(names).hasSize(1);
    assertThrows(UnsupportedOperationException.class, () -> names.put("#x", "x"));
  }

  // ---------------------------------------------------------------- conditions

  @Test
  void everyComparator_rendersItsSymbol() {
    StringBuilder all = new StringBuilder();
    for (ComparisonOperator op : ComparisonOperator.values()) {
      all.append(new ExpressionRenderer().render(new Condition.Compare(path("a"), op, n(1))))
          .append(';');
    }
    assertThat(all.toString())
        .isEqualTo("#n0 = :v0;#n0 <> :v0;#n0 < :v0;#n0 <= :v0;#n0 > :v0;#n0 >= :v0;");
  }

  @Test
  void sizeBetweenAndFunctions_render() {
    Condition condition =
        new Condition.Compare(new Operand.Size(path("tags")), ComparisonOperator.GE, n(2))
            .and(new Condition.Between(path("age"), n(1), n(9)))
            .and(new Condition.AttributeNotExists(path("deleted")))
            .and(new Condition.AttributeType(path("tags"), s("SS")))
            .and(new Condition.BeginsWith(path("name"), s("A")))
            .and(new Condition.Contains(path("tags"), s("red")));
    assertThat(renderer.render(condition))
        .isEqualTo(
            "size(#n0) >= :v0 AND #n1 BETWEEN :v1 AND :v2 AND attribute_not_exists(#n2)"
                + " AND attribute_type(#n0, :v3) AND begins_with(#n3, :v4) AND contains(#n0, :v5)");
  }

  @Test
  void leftNestedChains_needNoParentheses() {
    Condition and = eq("a", 1).and(eq("b", 2)).and(eq("c", 3));
    assertThat(new ExpressionRenderer().render(and))
        .isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2");
    Condition or = eq("a", 1).or(eq("b", 2)).or(eq("c", 3));
    assertThat(new ExpressionRenderer().render(or))
        .isEqualTo("#n0 = :v0 OR #n1 = :v1 OR #n2 = :v2");
  }

  @Test
  void rightHandChildOfTheSameOperator_isParenthesised() {
    Condition and = eq("a", 1).and(eq("b", 2).and(eq("c", 3)));
    assertThat(new ExpressionRenderer().render(and))
        .isEqualTo("#n0 = :v0 AND (#n1 = :v1 AND #n2 = :v2)");
    Condition or = eq("a", 1).or(eq("b", 2).or(eq("c", 3)));
    assertThat(new ExpressionRenderer().render(or))
        .isEqualTo("#n0 = :v0 OR (#n1 = :v1 OR #n2 = :v2)");
  }

  @Test
  void orInsideAnd_isParenthesised_onEitherSide() {
    Condition left = eq("a", 1).or(eq("b", 2)).and(eq("c", 3));
    assertThat(new ExpressionRenderer().render(left))
        .isEqualTo("(#n0 = :v0 OR #n1 = :v1) AND #n2 = :v2");
    Condition right = eq("a", 1).and(eq("b", 2).or(eq("c", 3)));
    assertThat(new ExpressionRenderer().render(right))
        .isEqualTo("#n0 = :v0 AND (#n1 = :v1 OR #n2 = :v2)");
  }

  // Precedence: AND binds tighter than OR, so "a OR b AND c" is a OR (b AND c).
  @Test
  void andInsideOr_needsNoParentheses() {
    Condition condition = eq("a", 1).or(eq("b", 2).and(eq("c", 3))).or(eq("d", 4).and(eq("e", 5)));
    assertThat(renderer.render(condition))
        .isEqualTo("#n0 = :v0 OR #n1 = :v1 AND #n2 = :v2 OR #n3 = :v3 AND #n4 = :v4");
  }

  @Test
  void not_bindsTighterThanAnd() {
    Condition notOfAnd = eq("a", 1).and(eq("b", 2)).not();
    assertThat(new ExpressionRenderer().render(notOfAnd))
        .isEqualTo("NOT (#n0 = :v0 AND #n1 = :v1)");
    Condition andOfNot = eq("a", 1).not().and(eq("b", 2).not());
    assertThat(new ExpressionRenderer().render(andOfNot))
        .isEqualTo("NOT #n0 = :v0 AND NOT #n1 = :v1");
    Condition notOfOr = exists("a").or(exists("b")).not().or(exists("c"));
    assertThat(new ExpressionRenderer().render(notOfOr))
        .isEqualTo("NOT (attribute_exists(#n0) OR attribute_exists(#n1)) OR attribute_exists(#n2)");
  }

  // ALT: "NOT NOT NOT NOT x" is legal.
  @Test
  void repeatedNot_needsNoParentheses() {
    assertThat(renderer.render(exists("a").not().not().not()))
        .isEqualTo("NOT NOT NOT attribute_exists(#n0)");
  }

  // ---------------------------------------------------------------- key conditions

  @Test
  void keyCondition_rendersItsTermsInOrder() {
    assertThat(
            renderer.render(
                KeyCondition.of(
                    new KeyCondition.Compare("UserID", ComparisonOperator.EQ, s("u1")))))
        .isEqualTo("#n0 = :v0");
    assertThat(
            renderer.render(
                KeyCondition.of(
                    new KeyCondition.Compare("UserID", ComparisonOperator.EQ, s("u2")),
                    new KeyCondition.Between("Date", s("2024"), s("2025")))))
        .isEqualTo("#n0 = :v1 AND #n1 BETWEEN :v2 AND :v3");
    assertThat(
            renderer.render(
                KeyCondition.of(
                    new KeyCondition.Compare(
                        "UserID", ComparisonOperator.EQ, new Placeholder(":id")),
                    new KeyCondition.BeginsWith("Date", s("2024-")))))
        .isEqualTo("#n0 = :id AND begins_with(#n1, :v4)");
    assertThat(renderer.names()).containsExactly("#n0", "UserID", "#n1", "Date").inOrder();
  }

  // ---------------------------------------------------------------- updates

  @Test
  void update_rendersClausesInOrder_setRemoveAddDelete() {
    UpdateExpression update =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(path("a"), n(1)),
                new UpdateExpression.SetAction(path("b"), path("c"))),
            List.of(path("d"), Path.of("e").index(0)),
            List.of(new UpdateExpression.AddAction(path("f"), n(2))),
            List.of(
                new UpdateExpression.DeleteAction(path("g"), new Literal(AttributeValue.ss("x")))));
    assertThat(renderer.render(update))
        .isEqualTo("SET #n0 = :v0, #n1 = #n2 REMOVE #n3, #n4[0] ADD #n5 :v1 DELETE #n6 :v2");
  }

  @Test
  void update_leavesOutEmptyClauses() {
    UpdateExpression removeOnly =
        new UpdateExpression(List.of(), List.of(path("a")), List.of(), List.of());
    assertThat(new ExpressionRenderer().render(removeOnly)).isEqualTo("REMOVE #n0");
    UpdateExpression deleteOnly =
        new UpdateExpression(
            List.of(),
            List.of(),
            List.of(),
            List.of(new UpdateExpression.DeleteAction(path("a"), new Placeholder(":gone"))));
    assertThat(new ExpressionRenderer().render(deleteOnly)).isEqualTo("DELETE #n0 :gone");
  }

  @Test
  void setValues_renderFunctionsAndArithmetic() {
    UpdateExpression update =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(
                    path("count"),
                    new UpdateValue.Plus(new UpdateValue.IfNotExists(path("count"), n(0)), n(1))),
                new UpdateExpression.SetAction(
                    path("items"),
                    new UpdateValue.ListAppend(
                        new UpdateValue.IfNotExists(path("items"), new Literal(AttributeValue.l())),
                        new Literal(AttributeValue.l(AttributeValue.s("x"))))),
                new UpdateExpression.SetAction(
                    path("left"), new UpdateValue.Minus(path("total"), path("used")))),
            List.of(),
            List.of(),
            List.of());
    assertThat(renderer.render(update))
        .isEqualTo(
            "SET #n0 = if_not_exists(#n0, :v0) + :v1, #n1 = list_append(if_not_exists(#n1, :v2), :v3),"
                + " #n2 = #n3 - #n4");
  }

  @Test
  void arithmeticBelowTheTopOfASetValue_isRejected() {
    UpdateExpression update =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(
                    path("a"),
                    new UpdateValue.IfNotExists(path("a"), new UpdateValue.Plus(n(1), n(2))))),
            List.of(),
            List.of(),
            List.of());
    assertThrows(IllegalArgumentException.class, () -> renderer.render(update));
  }

  // ---------------------------------------------------------------- projections

  @Test
  void projection_rendersPathsInOrder() {
    Projection projection =
        new Projection(List.of(Path.of("a").attribute("b").index(3).index(1), path("Name")));
    assertThat(renderer.render(projection)).isEqualTo("#n0.#n1[3][1], #n2");
    assertThat(renderer.values()).isEmpty();
  }
}
