package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.Projection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ProjectionExpression grammar and rules. Developer Guide Expressions.ProjectionExpressions. */
class ProjectionParserTest {

  private static Projection parse(String text) {
    return schema().projection(text);
  }

  private static String error(String text) {
    return validationError(() -> parse(text));
  }

  @Test
  void projectionExpressionsPageExamples() {
    // Developer Guide: Expressions.ProjectionExpressions.
    assertThat(parse("Title ")).isEqualTo(Projection.of("Title"));
    assertThat(parse("Title, Price, Color ")).isEqualTo(Projection.of("Title", "Price", "Color"));
    assertThat(parse("Title, Description, RelatedItems, ProductReviews "))
        .isEqualTo(Projection.of("Title", "Description", "RelatedItems", "ProductReviews"));
    assertThat(parse("Description, RelatedItems[0], ProductReviews.FiveStar"))
        .isEqualTo(
            new Projection(
                List.of(
                    path("Description"),
                    path("RelatedItems").index(0),
                    path("ProductReviews").attribute("FiveStar"))));
  }

  @Test
  void expressionAttributeNamesPageExamples() {
    // Developer Guide: Expressions.ExpressionAttributeNames.
    assertThat(schema(Map.of("#c", "Comment")).projection("#c"))
        .isEqualTo(Projection.of("Comment"));
    assertThat(parse("Safety.Warning"))
        .isEqualTo(new Projection(List.of(path("Safety").attribute("Warning"))));
    assertThat(parse("ProductReviews.OneStar"))
        .isEqualTo(new Projection(List.of(path("ProductReviews").attribute("OneStar"))));
    assertThat(schema(Map.of("#pr1star", "ProductReviews.OneStar")).projection("#pr1star"))
        .isEqualTo(Projection.of("ProductReviews.OneStar"));
    assertThat(
            schema(Map.of("#pr", "ProductReviews", "#1star", "OneStar")).projection("#pr.#1star"))
        .isEqualTo(new Projection(List.of(path("ProductReviews").attribute("OneStar"))));
    Projection reviews =
        new Projection(
            List.of(
                path("ProductReviews").attribute("FiveStar"),
                path("ProductReviews").attribute("ThreeStar"),
                path("ProductReviews").attribute("OneStar")));
    assertThat(parse("ProductReviews.FiveStar, ProductReviews.ThreeStar, ProductReviews.OneStar"))
        .isEqualTo(reviews);
    assertThat(
            schema(Map.of("#pr", "ProductReviews"))
                .projection("#pr.FiveStar, #pr.ThreeStar, #pr.OneStar"))
        .isEqualTo(reviews);
  }

  @Test
  void reservedWordInRequestMode_isRejected() {
    // Developer Guide: Expressions.ExpressionAttributeNames: "Comment" is reserved.
    assertThat(
            validationError(
                () -> ExpressionParser.forRequest(Map.of(), Map.of()).projection("Comment")))
        .isEqualTo(
            "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved "
                + "keyword: Comment");
  }

  @Test
  void emptyExpression() {
    assertThat(error(""))
        .isEqualTo("Invalid ProjectionExpression: The expression can not be empty;");
  }

  @Test
  void strayCommas_areSyntaxErrors() {
    assertThat(error("a,"))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"");
    assertThat(error(",a"))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \",\", near: \",a\"");
    assertThat(error("a,,b"))
        .isEqualTo("Invalid ProjectionExpression: Syntax error; token: \",\", near: \",,b\"");
  }

  @Test
  void overlappingPaths() {
    assertThat(error("a,a"))
        .isEqualTo(
            "Invalid ProjectionExpression: Two document paths overlap with each other; "
                + "must remove or rewrite one of these paths; path one: [a], path two: [a]");
    assertThat(error("a, a.b[0]"))
        .isEqualTo(
            "Invalid ProjectionExpression: Two document paths overlap with each other; "
                + "must remove or rewrite one of these paths; path one: [a], path two: [a, b, [0]]");
  }

  @Test
  void conflictingPaths() {
    assertThat(error("a.b, a[1]"))
        .isEqualTo(
            "Invalid ProjectionExpression: Two document paths conflict with each other; "
                + "must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]");
  }

  @Test
  void siblingListElements_doNotClash() {
    assertThat(parse("a.b[0], a.b[1]").paths()).hasSize(2);
  }

  @Test
  void pathOfThirtyThreeLevels_isRejected() {
    // Developer Guide HowItWorks.NamingRulesDataTypes: ALT test_projection_expression.py.
    String thirtyTwo = "a" + String.join("", Collections.nCopies(31, ".a"));
    assertThat(parse(thirtyTwo).paths().get(0).depth()).isEqualTo(32);
    assertThat(error(thirtyTwo + ".a"))
        .isEqualTo(
            "Invalid ProjectionExpression: The document path has too many nesting levels; "
                + "nesting levels: 33");
  }
}
