package io.keyspan.expression.eval;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.eval.Trees.item;
import static io.keyspan.expression.eval.Trees.list;
import static io.keyspan.expression.eval.Trees.map;
import static io.keyspan.expression.eval.Trees.n;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluators on trees from the parser in request mode: text in, DynamoDB's results out. */
class ParsedExpressionsTest {
  private static ExpressionParser parser(Map<String, AttributeValue> values) {
    return ExpressionParser.forRequest(Map.of("#n", "name"), values);
  }

  @Test
  void digestListExample_removeAndSetByOriginalIndex() {
    // Developer Guide Expressions.UpdateExpressions Evaluation: REMOVE a[1] SET a[3] = :v on
    // [2,3,4,5,6,7] gives [2,4,17,6,7].
    var update = parser(Map.of(":v", n(17))).update("REMOVE a[1] SET a[3] = :v");
    assertThat(UpdateEvaluator.apply(update, item("a", list(2, 3, 4, 5, 6, 7))).newItem())
        .containsExactly("a", list(2, 4, 17, 6, 7));
  }

  @Test
  void counterWithIfNotExists() {
    var update =
        parser(Map.of(":zero", n(0), ":one", n(1)))
            .update("SET c = if_not_exists(c, :zero) + :one");
    assertThat(UpdateEvaluator.apply(update, Map.of()).newItem()).containsExactly("c", n(1));
  }

  @Test
  void overlappingPaths_areRejectedByTheParserBeforeEvaluation() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> parser(Map.of(":v", n(1))).update("SET a = :v REMOVE a"));
    assertThat(error).hasMessageThat().contains("Two document paths overlap");
  }

  @Test
  void filterWithNameAndFunctions() {
    var filter =
        parser(Map.of(":min", n(18), ":p", AttributeValue.s("Al")))
            .condition(
                ExpressionKind.FILTER,
                "age >= :min AND begins_with(#n, :p) AND attribute_not_exists(deleted)");
    assertThat(ConditionEvaluator.test(filter, item("age", 30, "name", "Alice"))).isTrue();
    assertThat(ConditionEvaluator.test(filter, item("age", 30, "name", "Bob"))).isFalse();
  }

  @Test
  void projectionOfListElements() {
    var projection = parser(Map.of()).projection("a.b[1], a.b[0]");
    assertThat(Projector.project(projection, item("a", map("b", list("x", "y", "z")))))
        .containsExactly("a", map("b", list("x", "y")));
  }
}
