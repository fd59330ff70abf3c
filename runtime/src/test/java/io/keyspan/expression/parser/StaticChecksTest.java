package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.lit;
import static io.keyspan.expression.parser.Fixtures.n;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.s;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks on bound constants and tree shapes, from text and from trees built in code. Developer
 * Guide Expressions.OperatorsAndFunctions, Expressions.UpdateExpressions,
 * Expressions.ProjectionExpressions.
 */
class StaticChecksTest {

  private static String conditionError(String text, Map<String, AttributeValue> values) {
    return validationError(
        () ->
            ExpressionParser.forRequest(Map.of(), values)
                .condition(ExpressionKind.CONDITION, text));
  }

  private static String updateError(String text, Map<String, AttributeValue> values) {
    return validationError(() -> ExpressionParser.forRequest(Map.of(), values).update(text));
  }

  // ---------------------------------------------------------------- comparisons

  @Test
  void orderingComparisonWithAnUnorderedConstant_isValidationError() {
    // Developer Guide Expressions.OperatorsAndFunctions [ALT test_update_condition_lt]; wording as
    // the comparison's own operator.
    assertThat(conditionError("a < :l", Map.of(":l", AttributeValue.l(AttributeValue.n(1)))))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: <, operand type: L");
    assertThat(conditionError("a >= :b", Map.of(":b", AttributeValue.bool(true))))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: >=, operand type: BOOL");
  }

  @Test
  void equalityWithAnyConstant_isFine() {
    Condition condition =
        ExpressionParser.forRequest(
                Map.of(), Map.of(":l", AttributeValue.l(), ":m", AttributeValue.m(Map.of())))
            .condition(ExpressionKind.CONDITION, "a = :l AND b <> :m");
    assertThat(condition).isInstanceOf(Condition.And.class);
  }

  @Test
  void betweenWithAnUnorderedConstant_isValidationError() {
    assertThat(
            conditionError(
                "a BETWEEN :lo AND :hi",
                Map.of(":lo", AttributeValue.ss("x"), ":hi", AttributeValue.s("y"))))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: BETWEEN, operand type: SS");
  }

  @Test
  void betweenWithConstantBoundsOfDifferentTypes_isValidationError() {
    assertThat(
            conditionError(
                "a BETWEEN :lo AND :hi",
                Map.of(":lo", AttributeValue.n(1), ":hi", AttributeValue.s("9"))))
        .isEqualTo(
            "Invalid ConditionExpression: The BETWEEN operator requires same data type for "
                + "lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound "
                + "operand: AttributeValue: {S:9}");
  }

  @Test
  void betweenWithReversedConstantBounds_isValidationError() {
    // Developer Guide Expressions.OperatorsAndFunctions, quoting the reversed-bounds message.
    assertThat(
            conditionError(
                "a BETWEEN :lo AND :hi",
                Map.of(":lo", AttributeValue.n(9), ":hi", AttributeValue.n(1))))
        .isEqualTo(
            "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be "
                + "greater than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, "
                + "upper bound operand: AttributeValue: {N:1}");
  }

  @Test
  void betweenWithEqualOrPathBounds_isFine() {
    Condition condition =
        ExpressionParser.forRequest(
                Map.of(), Map.of(":lo", AttributeValue.n(5), ":hi", AttributeValue.n(5)))
            .condition(ExpressionKind.CONDITION, "a BETWEEN :lo AND :hi AND b BETWEEN c AND :lo");
    assertThat(condition).isInstanceOf(Condition.And.class);
  }

  // ------------------------------------------------------------------ functions

  @Test
  void beginsWithANumber_isValidationError() {
    assertThat(conditionError("begins_with(a, :n)", Map.of(":n", AttributeValue.n(1))))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: begins_with, operand type: N");
  }

  @Test
  void attributeTypeNames() {
    assertThat(conditionError("attribute_type(a, :t)", Map.of(":t", AttributeValue.s("DOG"))))
        .isEqualTo(
            "Invalid ConditionExpression: Invalid attribute type name found; type: DOG, "
                + "valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    assertThat(conditionError("attribute_type(a, :t)", Map.of(":t", AttributeValue.n(1))))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: attribute_type, operand type: N");
    for (String type : List.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M")) {
      assertThat(
              StaticChecks.condition(
                      new Condition.AttributeType(path("a"), s(type)), ExpressionKind.CONDITION)
                  .isSuccess())
          .isTrue();
    }
  }

  @Test
  void attributeTypeWithAPathAsType_isValidationError() {
    assertThat(
            validationError(
                () ->
                    Fixtures.schema().condition(ExpressionKind.CONDITION, "attribute_type(a, b)")))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: attribute_type, operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}");
  }

  // -------------------------------------------------------------------- updates

  @Test
  void arithmeticWithANonNumberConstant_isValidationError() {
    assertThat(updateError("SET a = a + :s", Map.of(":s", AttributeValue.s("x"))))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator or function: +, operand type: S");
    assertThat(updateError("SET a = :m - a", Map.of(":m", AttributeValue.m(Map.of()))))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator or function: -, operand type: M");
  }

  @Test
  void listAppendWithANonListConstant_isValidationError() {
    assertThat(updateError("SET a = list_append(a, :s)", Map.of(":s", AttributeValue.s("x"))))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator or function: list_append, operand type: S");
  }

  @Test
  void addWithAConstantThatIsNeitherNumberNorSet_isValidationError() {
    // Developer Guide Expressions.UpdateExpressions: long type names in ADD and DELETE messages.
    assertThat(updateError("ADD a :v", Map.of(":v", AttributeValue.s("hello"))))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator: ADD, operand type: STRING");
    assertThat(updateError("ADD a :v", Map.of(":v", AttributeValue.l())))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator: ADD, operand type: LIST");
    UpdateExpression ok =
        ExpressionParser.forRequest(
                Map.of(), Map.of(":n", AttributeValue.n(1), ":s", AttributeValue.ss("x")))
            .update("ADD a :n, b :s");
    assertThat(ok.add()).hasSize(2);
  }

  @Test
  void deleteWithANonSet_isValidationError() {
    assertThat(updateError("DELETE a :v", Map.of(":v", AttributeValue.s("hello"))))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator: DELETE, operand type: STRING");
    assertThat(updateError("DELETE a :v", Map.of(":v", AttributeValue.n(1))))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator: DELETE, operand type: NUMBER");
  }

  // ------------------------------------------------------------- trees in code

  @Test
  void treesBuiltInCode_getTheSameChecks() {
    Condition reversed = new Condition.Between(path("a"), n(9), n(1));
    assertThat(StaticChecks.condition(reversed, ExpressionKind.FILTER).errors().get(0).message())
        .isEqualTo(
            "Invalid FilterExpression: The BETWEEN operator requires upper bound to be "
                + "greater than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, "
                + "upper bound operand: AttributeValue: {N:1}");
    assertThat(
            StaticChecks.condition(reversed, ExpressionKind.FILTER).errors().get(0).hasPosition())
        .isFalse();

    UpdateExpression overlapping =
        new UpdateExpression(
            List.of(new UpdateExpression.SetAction(path("a").attribute("b"), n(1))),
                List.of(path("a")),
            List.of(), List.of());
    assertThat(validationError(() -> StaticChecks.update(overlapping).orThrow()))
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [a, b], path two: [a]");

    Projection conflicting = new Projection(List.of(path("a").index(0), path("a").attribute("b")));
    assertThat(validationError(() -> StaticChecks.projection(conflicting).orThrow()))
        .isEqualTo(
            "Invalid ProjectionExpression: Two document paths conflict with each other; "
                + "must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, b]");
  }

  @Test
  void keyConditionTreesBuiltInCode() {
    KeyCondition badPrefix =
        KeyCondition.of(
            new KeyCondition.Compare("p", ComparisonOperator.EQ, s("x")),
            new KeyCondition.BeginsWith("s", n(1)));
    assertThat(validationError(() -> StaticChecks.keyCondition(badPrefix).orThrow()))
        .isEqualTo(
            "Invalid KeyConditionExpression: Incorrect operand type for operator or "
                + "function; operator or function: begins_with, operand type: N");
  }

  @Test
  void placeholdersAreSkipped() {
    Condition unbound = new Condition.Between(path("a"), ph(":lo"), ph(":hi"));
    assertThat(StaticChecks.condition(unbound, ExpressionKind.CONDITION).isSuccess()).isTrue();
  }

  @Test
  void listAppendNestedInCode_isRejected() {
    UpdateExpression nested =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(
                    path("a"),
                    new UpdateValue.ListAppend(
                        new UpdateValue.ListAppend(path("a"), path("b")),
                        lit(AttributeValue.l())))),
            List.of(),
            List.of(),
            List.of());
    assertThat(StaticChecks.update(nested).errors().get(0).message())
        .isEqualTo(
            "Invalid UpdateExpression: The function is not allowed to be used this way in "
                + "an expression; function: list_append");
  }

  @Test
  void tooManyInCandidatesInCode() {
    List<io.keyspan.expression.Operand> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < 101; i++) {
      candidates.add(n(i));
    }
    assertThat(
            StaticChecks.condition(
                    new Condition.In(path("a"), candidates), ExpressionKind.CONDITION)
                .errors()
                .get(0)
                .message())
        .isEqualTo(
            "Invalid ConditionExpression: The IN operator is provided with too many "
                + "operands; number of operands: 101");
  }

  @Test
  void deepPathInCode() {
    Path deep = path("a");
    for (int i = 0; i < 32; i++) {
      deep = deep.index(0);
    }
    assertThat(
            StaticChecks.condition(new Condition.AttributeExists(deep), ExpressionKind.CONDITION)
                .errors()
                .get(0)
                .message())
        .isEqualTo(
            "Invalid ConditionExpression: The document path has too many nesting levels; "
                + "nesting levels: 33");
  }

  @Test
  void keyConditionShapesBuiltInCode() {
    KeyCondition notEqual =
        KeyCondition.of(new KeyCondition.Compare("p", ComparisonOperator.NE, s("x")));
    assertThat(validationError(() -> StaticChecks.keyCondition(notEqual).orThrow()))
        .isEqualTo("Invalid operator used in KeyConditionExpression: <>");
    KeyCondition twice =
        KeyCondition.of(
            new KeyCondition.Compare("p", ComparisonOperator.EQ, s("x")),
            new KeyCondition.Compare("p", ComparisonOperator.GT, s("a")));
    assertThat(validationError(() -> StaticChecks.keyCondition(twice).orThrow()))
        .isEqualTo(
            "Invalid KeyConditionExpression: "
                + "KeyConditionExpressions must only contain one condition per key");
  }

  @Test
  void aRepeatedAttributeAmongTheTermsOfAMultiAttributeKey_isRejected() {
    KeyCondition repeated =
        new KeyCondition(
            List.of(
                new KeyCondition.Compare("a", ComparisonOperator.EQ, s("x")),
                new KeyCondition.Compare("b", ComparisonOperator.EQ, s("y")),
                new KeyCondition.Compare("a", ComparisonOperator.EQ, s("z"))));
    assertThat(validationError(() -> StaticChecks.keyCondition(repeated).orThrow()))
        .isEqualTo(
            "Invalid KeyConditionExpression: "
                + "KeyConditionExpressions must only contain one condition per key");
    KeyCondition distinct =
        new KeyCondition(
            List.of(
                new KeyCondition.Compare("a", ComparisonOperator.EQ, s("x")),
                new KeyCondition.Compare("b", ComparisonOperator.EQ, s("y")),
                new KeyCondition.Compare("c", ComparisonOperator.EQ, s("z"))));
    assertThat(StaticChecks.keyCondition(distinct).errors()).isEmpty();
  }

  @Test
  void arithmeticBelowTheTopOfASetValue_isRejected() {
    // Keyspan's own rule: such a tree has no DynamoDB text ("a + b + c" is a syntax error).
    UpdateExpression chained =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(
                    path("a"), new UpdateValue.Plus(new UpdateValue.Plus(path("a"), n(1)), n(2)))),
            List.of(),
            List.of(),
            List.of());
    assertThat(StaticChecks.update(chained).errors().get(0).message())
        .isEqualTo(
            "Invalid UpdateExpression: The operator is only allowed at the top of a SET "
                + "value; operator: +");
    UpdateExpression inFallback =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(
                    path("a"),
                    new UpdateValue.IfNotExists(path("a"), new UpdateValue.Minus(n(1), n(2))))),
            List.of(),
            List.of(),
            List.of());
    assertThat(StaticChecks.update(inFallback).errors().get(0).message())
        .isEqualTo(
            "Invalid UpdateExpression: The operator is only allowed at the top of a SET "
                + "value; operator: -");
    UpdateExpression atTop =
        new UpdateExpression(
            List.of(
                new UpdateExpression.SetAction(
                    path("a"),
                    new UpdateValue.Plus(new UpdateValue.IfNotExists(path("a"), n(0)), n(1)))),
            List.of(),
            List.of(),
            List.of());
    assertThat(StaticChecks.update(atTop).isSuccess()).isTrue();
  }

  // ------------------------------------------- trees built in code, every position checked

  /**
   * A path of 33 levels: one more than DynamoDB allows (Developer Guide
   * HowItWorks.NamingRulesDataTypes, G:ServiceQuotas).
   */
  private static Path tooDeep(String name) {
    Path deep = path(name);
    for (int i = 0; i < 32; i++) {
      deep = deep.attribute("x");
    }
    return deep;
  }

  private static final String TOO_DEEP =
      "The document path has too many nesting levels; nesting levels: 33";

  @Test
  void deepPath_isFoundInEveryOperandOfEveryConditionShape_howeverDeeplyNested() {
    // Document paths: at most 32 levels
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html),
    // wherever the path sits in the tree.
    Path deep = tooDeep("a");
    Condition fine = new Condition.AttributeExists(path("ok"));
    List<Condition> shapes =
        List.of(
            new Condition.Compare(deep, ComparisonOperator.EQ, n(1)),
            new Condition.Compare(
                n(1), ComparisonOperator.LT, new io.keyspan.expression.Operand.Size(deep)),
            new Condition.Between(n(2), deep, n(3)),
            new Condition.In(deep, List.of(n(1))),
            new Condition.In(n(1), List.of(n(2), deep)),
            new Condition.AttributeExists(deep),
            new Condition.AttributeNotExists(deep),
            new Condition.AttributeType(deep, s("S")),
            new Condition.BeginsWith(deep, s("x")),
            new Condition.Contains(s("x"), deep));
    for (Condition shape : shapes) {
      for (Condition nested :
          List.of(
              shape,
              fine.and(shape),
              shape.and(fine),
              fine.or(shape),
              shape.or(fine),
              shape.not())) {
        assertThat(StaticChecks.condition(nested, ExpressionKind.FILTER).errors().get(0).message())
            .isEqualTo("Invalid FilterExpression: " + TOO_DEEP);
      }
    }
  }

  @Test
  void identicalOperands_areFoundInEveryFunction_insideConnectives() {
    // Developer Guide Expressions.OperatorsAndFunctions [ALT]: "The first operand must be distinct
    // from the remaining operands".
    Condition fine = new Condition.AttributeExists(path("ok"));
    Map<Condition, String> functions =
        Map.of(
            new Condition.BeginsWith(path("a"), path("a")), "begins_with",
            new Condition.Contains(path("a"), path("a")), "contains",
            new Condition.AttributeType(path("a"), path("a")), "attribute_type");
    functions.forEach(
        (function, name) -> {
          for (Condition nested : List.of(fine.and(function).not(), fine.or(function))) {
            assertThat(
                    StaticChecks.condition(nested, ExpressionKind.CONDITION)
                        .errors()
                        .get(0)
                        .message())
                .isEqualTo(
                    "Invalid ConditionExpression: The first operand must be distinct from the "
                        + "remaining operands for this operator or function; operator: "
                        + name
                        + ", first operand: [a]");
          }
        });
  }

  @Test
  void deepPath_isFoundInEveryPartOfAnUpdate() {
    Path deep = tooDeep("a");
    AttributeValue list = AttributeValue.l(AttributeValue.n(1));
    List<UpdateExpression> updates =
        List.of(
            set(deep, n(1)),
            set(path("b"), deep),
            set(path("b"), new UpdateValue.IfNotExists(deep, n(1))),
            set(path("b"), new UpdateValue.ListAppend(lit(list), deep)),
            set(path("b"), new UpdateValue.Plus(n(1), deep)),
            new UpdateExpression(List.of(), List.of(deep), List.of(), List.of()),
            new UpdateExpression(
                List.of(),
                List.of(),
                List.of(new UpdateExpression.AddAction(deep, n(1))),
                List.of()),
            new UpdateExpression(
                List.of(),
                List.of(),
                List.of(),
                List.of(new UpdateExpression.DeleteAction(deep, lit(AttributeValue.ss("x"))))));
    for (UpdateExpression update : updates) {
      assertThat(StaticChecks.update(update).errors().get(0).message())
          .isEqualTo("Invalid UpdateExpression: " + TOO_DEEP);
    }
  }

  private static UpdateExpression set(Path path, UpdateValue value) {
    return new UpdateExpression(
        List.of(new UpdateExpression.SetAction(path, value)), List.of(), List.of(), List.of());
  }

  @Test
  void arithmeticInsideEitherSideOfAnOperatorOrListAppend_isRejected() {
    UpdateValue nested = new UpdateValue.Plus(n(1), n(2));
    AttributeValue list = AttributeValue.l(AttributeValue.n(1));
    for (UpdateValue value :
        List.of(
            new UpdateValue.Plus(nested, n(1)),
            new UpdateValue.Plus(n(1), nested),
            new UpdateValue.Minus(nested, n(1)),
            new UpdateValue.Minus(n(1), nested),
            new UpdateValue.ListAppend(nested, lit(list)),
            new UpdateValue.ListAppend(lit(list), nested))) {
      assertThat(
              StaticChecks.update(set(path("a"), value)).errors().stream()
                  .map(ExpressionError::message)
                  .toList())
          .contains(
              "Invalid UpdateExpression: The operator is only allowed at the top of a SET "
                  + "value; operator: +");
    }
  }

  @Test
  void operatorCount_addsUpNestedFunctions() {
    // ServiceQuotas: at most 300 operators or functions in an UpdateExpression. Each function
    // counts, nested ones too: list_append of two if_not_exists is 3, if_not_exists of a
    // list_append is 2, and an addition of two if_not_exists is 3.
    AttributeValue list = AttributeValue.l(AttributeValue.n(1));
    List<UpdateExpression.SetAction> actions = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      actions.add(
          new UpdateExpression.SetAction(
              path("l" + i),
              new UpdateValue.ListAppend(
                  new UpdateValue.IfNotExists(path("p"), lit(list)),
                  new UpdateValue.IfNotExists(path("q"), lit(list)))));
    }
    for (int i = 0; i < 40; i++) {
      actions.add(
          new UpdateExpression.SetAction(
              path("n" + i),
              new UpdateValue.Plus(
                  new UpdateValue.IfNotExists(path("p"), n(0)),
                  new UpdateValue.IfNotExists(path("q"), n(0)))));
    }
    for (int i = 0; i < 30; i++) {
      actions.add(
          new UpdateExpression.SetAction(
              path("f" + i),
              new UpdateValue.IfNotExists(
                  path("p"), new UpdateValue.ListAppend(path("q"), lit(list)))));
    }
    UpdateExpression update = new UpdateExpression(actions, List.of(), List.of(), List.of());
    assertThat(StaticChecks.update(update).errors().get(0).message())
        .isEqualTo(
            "Invalid UpdateExpression: The expression has too many operators or "
                + "functions; maximum: 300, count: 330");
  }

  @Test
  void addAndDeleteTargets_takePartInPathClashes() {
    UpdateExpression addOverlaps =
        new UpdateExpression(
            List.of(new UpdateExpression.SetAction(path("a"), n(1))),
            List.of(),
            List.of(new UpdateExpression.AddAction(path("a"), n(1))),
            List.of());
    assertThat(StaticChecks.update(addOverlaps).errors().get(0).message())
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [a], path two: [a]");
    UpdateExpression deleteOverlaps =
        new UpdateExpression(
            List.of(),
            List.of(path("s")),
            List.of(),
            List.of(new UpdateExpression.DeleteAction(path("s"), lit(AttributeValue.ss("x")))));
    assertThat(StaticChecks.update(deleteOverlaps).errors().get(0).message())
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [s], path two: [s]");
  }
}
