package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateExpression.AddAction;
import io.keyspan.expression.UpdateExpression.DeleteAction;
import io.keyspan.expression.UpdateExpression.SetAction;
import io.keyspan.expression.UpdateValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** UpdateExpression grammar and structural rules. Developer Guide Expressions.UpdateExpressions. */
class UpdateParserTest {

  private static UpdateExpression parse(String text) {
    return schema().update(text);
  }

  private static String error(String text) {
    return validationError(() -> parse(text));
  }

  private static UpdateExpression sets(SetAction... actions) {
    return new UpdateExpression(List.of(actions), List.of(), List.of(), List.of());
  }

  @Test
  void updateExpressionsPageExamples() {
    // Developer Guide: Expressions.UpdateExpressions.
    assertThat(parse("SET ProductCategory = :c, Price = :p"))
        .isEqualTo(
            sets(
                new SetAction(path("ProductCategory"), ph(":c")),
                new SetAction(path("Price"), ph(":p"))));
    assertThat(parse("SET RelatedItems = :ri, ProductReviews = :pr"))
        .isEqualTo(
            sets(
                new SetAction(path("RelatedItems"), ph(":ri")),
                new SetAction(path("ProductReviews"), ph(":pr"))));
    assertThat(parse("SET RelatedItems[1] = :ri"))
        .isEqualTo(sets(new SetAction(path("RelatedItems").index(1), ph(":ri"))));
    assertThat(
            schema(Map.of("#pr", "ProductReviews", "#5star", "FiveStar", "#3star", "ThreeStar"))
                .update("SET #pr.#5star[1] = :r5, #pr.#3star = :r3"))
        .isEqualTo(
            sets(
                new SetAction(path("ProductReviews").attribute("FiveStar").index(1), ph(":r5")),
                new SetAction(path("ProductReviews").attribute("ThreeStar"), ph(":r3"))));
    assertThat(parse("SET Price = Price - :p"))
        .isEqualTo(
            sets(new SetAction(path("Price"), new UpdateValue.Minus(path("Price"), ph(":p")))));
    ExpressionParser related = schema(Map.of("#ri", "RelatedItems"));
    assertThat(related.update("SET #ri = list_append(#ri, :vals)"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("RelatedItems"),
                    new UpdateValue.ListAppend(path("RelatedItems"), ph(":vals")))));
    assertThat(related.update("SET #ri = list_append(:vals, #ri)"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("RelatedItems"),
                    new UpdateValue.ListAppend(ph(":vals"), path("RelatedItems")))));
    assertThat(parse("SET Price = if_not_exists(Price, :p)"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("Price"), new UpdateValue.IfNotExists(path("Price"), ph(":p")))));
    assertThat(parse("REMOVE Brand, InStock, QuantityOnHand"))
        .isEqualTo(
            new UpdateExpression(
                List.of(),
                List.of(path("Brand"), path("InStock"), path("QuantityOnHand")),
                List.of(),
                List.of()));
    assertThat(parse("REMOVE RelatedItems[1], RelatedItems[2]"))
        .isEqualTo(
            new UpdateExpression(
                List.of(),
                List.of(path("RelatedItems").index(1), path("RelatedItems").index(2)),
                List.of(),
                List.of()));
    assertThat(parse("ADD QuantityOnHand :q"))
        .isEqualTo(
            new UpdateExpression(
                List.of(),
                List.of(),
                List.of(new AddAction(path("QuantityOnHand"), ph(":q"))),
                List.of()));
    assertThat(parse("ADD Color :c"))
        .isEqualTo(
            new UpdateExpression(
                List.of(), List.of(), List.of(new AddAction(path("Color"), ph(":c"))), List.of()));
    assertThat(parse("DELETE Color :p"))
        .isEqualTo(
            new UpdateExpression(
                List.of(),
                List.of(),
                List.of(),
                List.of(new DeleteAction(path("Color"), ph(":p")))));
  }

  @Test
  void conditionExpressionsPageUpdate() {
    // Developer Guide: Expressions.ConditionExpressions, "Conditional Updates".
    assertThat(parse("SET Price = Price - :discount"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("Price"), new UpdateValue.Minus(path("Price"), ph(":discount")))));
  }

  @Test
  void clausesInAnyOrder() {
    assertThat(parse("DELETE d :d ADD c :c REMOVE b SET a = :a"))
        .isEqualTo(
            new UpdateExpression(
                List.of(new SetAction(path("a"), ph(":a"))),
                List.of(path("b")),
                List.of(new AddAction(path("c"), ph(":c"))),
                List.of(new DeleteAction(path("d"), ph(":d")))));
  }

  @Test
  void plusWithFunctionOperands() {
    // ALT test_update_expression_function_plus_nesting: f(x)+f(y) works.
    assertThat(parse("SET b = if_not_exists(b, :val1)+:val2"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("b"),
                    new UpdateValue.Plus(
                        new UpdateValue.IfNotExists(path("b"), ph(":val1")), ph(":val2")))));
    assertThat(parse("SET a = list_append(if_not_exists(a, :e), :v)"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("a"),
                    new UpdateValue.ListAppend(
                        new UpdateValue.IfNotExists(path("a"), ph(":e")), ph(":v")))));
  }

  @Test
  void repeatedClause() {
    assertThat(error("SET a = :a SET b = :b"))
        .isEqualTo(
            "Invalid UpdateExpression: The \"SET\" section can only be used once in an "
                + "update expression;");
    assertThat(error("remove a REMOVE b"))
        .isEqualTo(
            "Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an "
                + "update expression;");
  }

  @Test
  void threeOperandArithmetic_isSyntaxError() {
    assertThat(error("SET a = :v + :w + :x"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":w + :x\"");
  }

  @Test
  void arithmeticInsideAFunction_isSyntaxError() {
    assertThat(error("SET c = if_not_exists(c, :val1+:val2)"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":val1+:val2\"");
  }

  @Test
  void unknownClauseAndEmptyClauses_areSyntaxErrors() {
    assertThat(error("HELLO a = :v"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"HELLO\", near: \"HELLO a\"");
    assertThat(error("SET"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"SET\"");
    assertThat(error("SET a = :v,"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \",\"");
  }

  @Test
  void valueOnTheLeft_isSyntaxError() {
    assertThat(error("SET :v = a"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \":v\", near: \"SET :v =\"");
  }

  @Test
  void functionOnTheLeft_isSyntaxError() {
    assertThat(error("SET f(a) = :v"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"(\", near: \"f(a\"");
  }

  @Test
  void addAndDeleteTakeAValuePlaceholder() {
    assertThat(error("ADD a b"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"b\", near: \"a b\"");
  }

  @Test
  void unknownFunctions() {
    // ALT test_update_expression_unknown_function.
    assertThat(error("SET a = f(b,c,d)"))
        .isEqualTo("Invalid UpdateExpression: Invalid function name; function: f");
    assertThat(error("SET a = f123_hi(b,c,d)"))
        .isEqualTo("Invalid UpdateExpression: Invalid function name; function: f123_hi");
    assertThat(error("SET a = _f(b,c,d)"))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"_\", near: \"= _f\"");
    assertThat(error("SET a = size(b)"))
        .isEqualTo("Invalid UpdateExpression: Invalid function name; function: size");
  }

  @Test
  void functionOperandCounts() {
    assertThat(error("SET a = list_append(:v)"))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect number of operands for operator or "
                + "function; operator or function: list_append, number of operands: 1");
    assertThat(error("SET a = if_not_exists(a, :v, :w)"))
        .isEqualTo(
            "Invalid UpdateExpression: Incorrect number of operands for operator or "
                + "function; operator or function: if_not_exists, number of operands: 3");
  }

  @Test
  void ifNotExistsNeedsAPathFirst() {
    assertThat(error("SET b = if_not_exists(:val2, :val1)"))
        .isEqualTo(
            "Invalid UpdateExpression: Operator or function requires a document path; "
                + "operator or function: if_not_exists");
  }

  @Test
  void listAppendInsideListAppend_isNotAllowed() {
    // ALT test_update_expression_function_nesting (xfail note quoting DynamoDB).
    assertThat(error("SET a = list_append(list_append(:val1, :val2), :val3)"))
        .isEqualTo(
            "Invalid UpdateExpression: The function is not allowed to be used this way in "
                + "an expression; function: list_append");
  }

  @Test
  void overlappingPaths() {
    assertThat(error("SET a = :v REMOVE a"))
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [a], path two: [a]");
    assertThat(error("SET a = :v, a.b = :w"))
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [a], path two: [a, b]");
    assertThat(error("REMOVE a.b[1].c SET a.b[1] = :w"))
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [a, b, [1], c], path two: "
                + "[a, b, [1]]");
  }

  @Test
  void overlapAfterResolvingNamePlaceholders() {
    assertThat(
            validationError(
                () -> schema(Map.of("#a1", "a", "#a2", "a")).update("SET #a1 = :v ADD #a2 :w")))
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths overlap with each other; must "
                + "remove or rewrite one of these paths; path one: [a], path two: [a]");
  }

  @Test
  void conflictingPaths() {
    assertThat(error("SET a.b = :v REMOVE a[1]"))
        .isEqualTo(
            "Invalid UpdateExpression: Two document paths conflict with each other; must "
                + "remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]");
  }

  @Test
  void siblingPathsAndValuePaths_doNotClash() {
    assertThat(parse("SET a.b = a.c, a.c = :v REMOVE a.d[0], a.d[1]").set()).hasSize(2);
  }

  @Test
  void expressionOfExactlyFourKilobytes_isAccepted() {
    // ServiceQuotas: an expression string is at most 4 KB
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html).
    String start = "SET a = :v, b = :v REMOVE ";
    String text =
        start + "c" + "x".repeat(ExpressionParser.MAX_EXPRESSION_BYTES - start.length() - 1);
    assertThat(text.length()).isEqualTo(4096);
    assertThat(parse(text).remove()).hasSize(1);
  }

  @Test
  void expressionOverFourKilobytes_isRejected() {
    String actions =
        IntStream.range(0, 151)
            .mapToObj(i -> "a" + i + " = if_not_exists(a" + i + ", :v) + :w")
            .collect(Collectors.joining(", "));
    String text = "SET " + actions;
    assertThat(text.length()).isGreaterThan(4096);
    assertThat(error(text))
        .isEqualTo(
            "Invalid UpdateExpression: Expression size has exceeded the maximum allowed "
                + "size; expression size: "
                + text.length());
  }

  @Test
  void moreThanThreeHundredOperators_isRejected() {
    String within =
        IntStream.range(0, 300).mapToObj(i -> "a" + i + "=b+c").collect(Collectors.joining(","));
    assertThat(parse("SET " + within).set()).hasSize(300);
    String beyond = within + ",z=b-c";
    assertThat(error("SET " + beyond))
        .isEqualTo(
            "Invalid UpdateExpression: The expression has too many operators or "
                + "functions; maximum: 300, count: 301");
  }

  @Test
  void deepPathsInUpdates() {
    Path deep = path("a");
    StringBuilder text = new StringBuilder("REMOVE a");
    for (int i = 1; i < 33; i++) {
      deep = deep.attribute("a");
      text.append(".a");
    }
    assertThat(deep.depth()).isEqualTo(33);
    assertThat(error(text.toString()))
        .isEqualTo(
            "Invalid UpdateExpression: The document path has too many nesting levels; "
                + "nesting levels: 33");
  }

  @Test
  void reservedWordsRankFirstInUpdates() {
    // dynalite updateParser checkErrors: reserved before unknown function (conditions differ).
    assertThat(
            validationError(
                () -> ExpressionParser.forRequest(Map.of(), Map.of()).update("SET size = f(a)")))
        .isEqualTo(
            "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved "
                + "keyword: size");
  }

  // -------------------------------------------------- redundant parentheses (DynamoDB accepts
  // them)

  @Test
  void parenthesesAroundSetValuesAndTheirOperands_areRedundant() {
    assertThat(parse("SET b.c = ((c[1]) + (b.a))"))
        .isEqualTo(
            sets(
                new SetAction(
                    path("b").attribute("c"),
                    new UpdateValue.Plus(path("c").index(1), path("b").attribute("a")))));
    assertThat(parse("SET a = (:v), b = (b) - :w"))
        .isEqualTo(
            sets(
                new SetAction(path("a"), ph(":v")),
                new SetAction(path("b"), new UpdateValue.Minus(path("b"), ph(":w")))));
  }

  @Test
  void arithmeticInsideArithmetic_isStillASyntaxError() {
    assertThat(error("SET a = (b + c) + d")).startsWith("Invalid UpdateExpression: Syntax error");
  }
}
