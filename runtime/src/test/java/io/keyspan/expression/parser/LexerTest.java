package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.parser.Token.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lexical rules and the form of syntax errors. Developer Guide
 * Expressions.ExpressionAttributeNames, Expressions.Attributes.
 */
class LexerTest {

  private static List<Type> types(String text) {
    return Lexer.tokenize(text).stream().map(Token::type).toList();
  }

  @Test
  void tokenizesOperatorsNamesAndPlaceholders() {
    assertThat(types("a.b[3] <= :v AND #n <> x_1"))
        .containsExactly(
            Type.WORD,
            Type.DOT,
            Type.WORD,
            Type.LBRACKET,
            Type.NUMBER,
            Type.RBRACKET,
            Type.LE,
            Type.VALUE_REF,
            Type.WORD,
            Type.NAME_REF,
            Type.NE,
            Type.WORD,
            Type.END)
        .inOrder();
    assertThat(types("a<b>c>=d=e+f-g(,)"))
        .containsExactly(
            Type.WORD,
            Type.LT,
            Type.WORD,
            Type.GT,
            Type.WORD,
            Type.GE,
            Type.WORD,
            Type.EQ,
            Type.WORD,
            Type.PLUS,
            Type.WORD,
            Type.MINUS,
            Type.WORD,
            Type.LPAREN,
            Type.COMMA,
            Type.RPAREN,
            Type.END)
        .inOrder();
  }

  @Test
  void underscoreAndDigitStartNoName() {
    assertThat(types("_123")).containsExactly(Type.UNKNOWN, Type.NUMBER, Type.END).inOrder();
    assertThat(types("#_ :1a")).containsExactly(Type.NAME_REF, Type.VALUE_REF, Type.END).inOrder();
    assertThat(types("# :")).containsExactly(Type.UNKNOWN, Type.UNKNOWN, Type.END).inOrder();
  }

  @Test
  void whitespaceOfAnyKindSeparatesTokens() {
    assertThat(schema().condition(ExpressionKind.CONDITION, "\ta\r\n=\n:v "))
        .isEqualTo(new Condition.Compare(path("a"), ComparisonOperator.EQ, ph(":v")));
  }

  @Test
  void keywordsIgnoreCase() {
    // Developer Guide Expressions.ExpressionAttributeNames: SET/set/sEt, AND, OR, NOT, BETWEEN, IN
    // are case-insensitive.
    assertThat(schema().condition(ExpressionKind.FILTER, "a = :v aNd NoT b bEtWeEn :x And :y"))
        .isEqualTo(
            new Condition.And(
                new Condition.Compare(path("a"), ComparisonOperator.EQ, ph(":v")),
                new Condition.Not(new Condition.Between(path("b"), ph(":x"), ph(":y")))));
    assertThat(schema().update("sEt a = :v").set()).hasSize(1);
  }

  @Test
  void functionNamesAreCaseSensitive() {
    // Developer Guide Expressions.ExpressionAttributeNames: LIST_APPEND(...) is rejected.
    assertThat(validationError(() -> schema().update("SET a = LIST_APPEND(a, :v)")))
        .isEqualTo("Invalid UpdateExpression: Invalid function name; function: LIST_APPEND");
    assertThat(
            validationError(
                () -> schema().condition(ExpressionKind.CONDITION, "ATTRIBUTE_EXISTS(a)")))
        .isEqualTo(
            "Invalid ConditionExpression: Invalid function name; function: ATTRIBUTE_EXISTS");
  }

  @Test
  void nameStartingWithUnderscore_isSyntaxErrorNamingTheTokenAndItsNeighbours() {
    // ALT test_update_expression_name_token, quoted in Developer Guide
    // Expressions.ExpressionAttributeNames.
    assertThat(validationError(() -> schema().update("SET _123 = :val1")))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"");
  }

  @Test
  void syntaxErrorAtTheStart_quotesTheTokenAndTheNext() {
    assertThat(validationError(() -> schema().update("INVALID SYNTAX HERE")))
        .isEqualTo(
            "Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
    assertThat(validationError(() -> schema().projection("!!")))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"");
    assertThat(validationError(() -> schema().keyCondition("[object Object]")))
        .isEqualTo("Invalid KeyConditionExpression: Syntax error; token: \"[\", near: \"[object\"");
  }

  @Test
  void syntaxErrorAtTheEnd_isTokenEof() {
    assertThat(validationError(() -> schema().condition(ExpressionKind.CONDITION, "foo")))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"foo\"");
  }

  @Test
  void dashInABareName_isSyntaxError() {
    assertThat(validationError(() -> schema().projection("year-month")))
        .isEqualTo(
            "Invalid ProjectionExpression: Syntax error; token: \"-\", near: \"year-month\"");
  }

  @Test
  void loneHashOrColon_isSyntaxError() {
    assertThat(validationError(() -> schema().condition(ExpressionKind.CONDITION, "a = #")))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"#\", near: \"= #\"");
    assertThat(validationError(() -> schema().condition(ExpressionKind.CONDITION, "a = :")))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \":\", near: \"= :\"");
  }

  @Test
  void syntaxError_pointsAtTheToken() {
    ParseResult<?> result = schema().tryUpdate("SET _123 = :val1");
    assertThat(result.errors())
        .containsExactly(
            new ExpressionError(
                "Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"", 4, 1));
    ParseResult<?> atEnd = schema().tryCondition(ExpressionKind.CONDITION, "foo");
    assertThat(atEnd.errors().get(0).offset()).isEqualTo(3);
    assertThat(atEnd.errors().get(0).length()).isEqualTo(0);
  }

  @Test
  void documentPaths() {
    // Developer Guide Expressions.Attributes: name, a.b.c, list[0], a[5][11].b, #p.#q[2].
    assertThat(
            schema(Map.of("#p", "P", "#q", "Q"))
                .projection("name, x.b.c, list[0], a[5][11].b, #p.#q[2]"))
        .isEqualTo(
            new Projection(
                List.of(
                    path("name"),
                    path("x").attribute("b").attribute("c"),
                    path("list").index(0),
                    path("a").index(5).index(11).attribute("b"),
                    path("P").attribute("Q").index(2))));
  }

  @Test
  void listIndexMustBeANonNegativeIntegerLiteral() {
    // Developer Guide Expressions.Attributes: a[-1], a[0.4], a[:i] and a[#i] are syntax errors.
    assertThat(validationError(() -> schema().projection("a[-1]")))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \"-\", near: \"[-1\"");
    assertThat(validationError(() -> schema().projection("a[0.4]")))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \".\", near: \"0.4\"");
    assertThat(validationError(() -> schema().update("SET a[:xyz] = :val1")))
        .isEqualTo("Invalid UpdateExpression: Syntax error; token: \":xyz\", near: \"[:xyz]\"");
    assertThat(validationError(() -> schema(Map.of("#i", "i")).projection("a[#i]")))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \"#i\", near: \"[#i]\"");
  }

  @Test
  void dotInsideANamePlaceholderValue_isPartOfOneAttributeName() {
    // Developer Guide: Expressions.ExpressionAttributeNames, "Attribute Names Containing Dots".
    assertThat(schema(Map.of("#sw", "Safety.Warning")).projection("#sw"))
        .isEqualTo(new Projection(List.of(Path.of("Safety.Warning"))));
  }
}
