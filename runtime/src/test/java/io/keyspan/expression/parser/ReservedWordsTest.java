package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's reserved words. Developer Guide: ReservedWords; Developer Guide
 * Expressions.ExpressionAttributeNames.
 */
class ReservedWordsTest {

  private static ExpressionParser request() {
    return ExpressionParser.forRequest(Map.of(), Map.of(":v", AttributeValue.n(1)));
  }

  @Test
  void theGuideLists573Words() {
    assertThat(ReservedWords.all()).hasSize(573);
    assertThat(ReservedWords.all())
        .containsAtLeast("ABORT", "COMMENT", "SIZE", "VIEWS", "YEAR", "ZONE", "DELETE", "SET");
  }

  @Test
  void matchingIgnoresCase() {
    assertThat(ReservedWords.isReserved("size")).isTrue();
    assertThat(ReservedWords.isReserved("Size")).isTrue();
    assertThat(ReservedWords.isReserved("SIZE")).isTrue();
    assertThat(ReservedWords.isReserved("Sizes")).isFalse();
    assertThat(ReservedWords.isReserved("Price")).isFalse();
  }

  @Test
  void bareReservedWordInAnUpdate_isRejectedAsWritten() {
    // PROBE quoted in Developer Guide Expressions.ExpressionAttributeNames.
    assertThat(validationError(() -> request().update("SET size = :v")))
        .isEqualTo(
            "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved "
                + "keyword: size");
  }

  @Test
  void reservedWordsAreCheckedInEveryPathStep_andEveryKind() {
    assertThat(validationError(() -> request().condition(ExpressionKind.CONDITION, "a.Data = :v")))
        .isEqualTo(
            "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved "
                + "keyword: Data");
    assertThat(validationError(() -> request().keyCondition("Name = :v")))
        .isEqualTo(
            "Invalid KeyConditionExpression: Attribute name is a reserved keyword; "
                + "reserved keyword: Name");
  }

  @Test
  void namePlaceholderAvoidsTheRule() {
    ExpressionParser parser =
        ExpressionParser.forRequest(Map.of("#s", "size"), Map.of(":v", AttributeValue.n(1)));
    assertThat(parser.update("SET #s = :v").set().get(0).path()).isEqualTo(path("size"));
  }

  @Test
  void schemaAwareMode_acceptsReservedWords() {
    // The renderer escapes them; the typed code and the processor name attributes directly.
    assertThat(schema().condition(ExpressionKind.FILTER, "Year > :y"))
        .isEqualTo(new Condition.Compare(path("Year"), ComparisonOperator.GT, ph(":y")));
  }

  @Test
  void functionNamesAreNotAttributeNames() {
    assertThat(request().condition(ExpressionKind.CONDITION, "size(a) > :v"))
        .isInstanceOf(Condition.Compare.class);
  }
}
