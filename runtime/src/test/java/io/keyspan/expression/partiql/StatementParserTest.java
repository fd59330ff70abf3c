package io.keyspan.expression.partiql;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PartiQL statements become the trees DynamoDB's expressions would. */
class StatementParserTest {

  @Test
  void select_becomesAProjectionAndACondition_withParametersBound() {
    Statement parsed =
        StatementParser.parse(
            "select a, \"b c\" from \"T\".\"ByX\" where pk = ? and x IN ['u', 'v']",
            List.of(AttributeValue.s("k")));

    Statement.Select select = (Statement.Select) parsed;
    assertThat(select.table()).isEqualTo("T");
    assertThat(select.index()).isEqualTo("ByX");
    assertThat(select.projection()).isEqualTo(Projection.of("a", "b c"));
    assertThat(select.where())
        .isEqualTo(
            new Condition.And(
                new Condition.Compare(
                    Path.of("pk"), ComparisonOperator.EQ, new Literal(AttributeValue.s("k"))),
                new Condition.In(
                    Path.of("x"),
                    List.of(
                        new Literal(AttributeValue.s("u")), new Literal(AttributeValue.s("v"))))));
  }

  @Test
  void insert_readsEveryLiteralKind() {
    Statement parsed =
        StatementParser.parse(
            "INSERT INTO T VALUE {'s': 'it''s', 'n': -1.5, 'b': TRUE, 'z': NULL, 'l': [1, 'a'],"
                + " 'ss': <<'x', 'y'>>, 'm': {'k': 2}}",
            List.of());

    assertThat(((Statement.Insert) parsed).item())
        .isEqualTo(
            Map.of(
                "s", AttributeValue.s("it's"),
                "n", AttributeValue.n("-1.5"),
                "b", AttributeValue.bool(true),
                "z", AttributeValue.nul(),
                "l", AttributeValue.l(AttributeValue.n(1), AttributeValue.s("a")),
                "ss", AttributeValue.ss("x", "y"),
                "m", AttributeValue.m(Map.of("k", AttributeValue.n(2)))));
  }

  @Test
  void malformedStatements_andParameterMismatches_areRejected() {
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () -> StatementParser.parse("SELECT * FROM", List.of()))
                .getMessage())
        .isEqualTo(
            "Statement wasn't well formed, can't be processed: expected a name but found end of"
                + " statement");
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () -> StatementParser.parse("SELECT * FROM T WHERE a = ?", List.of()))
                .getMessage())
        .isEqualTo("Number of parameters in request and statement don't match.");
  }

  @Test
  void extraParameters_areIgnored_asDynamoDbIgnoresThem() {
    Statement parsed =
        StatementParser.parse(
            "DELETE FROM T WHERE pk = ?", List.of(AttributeValue.s("a"), AttributeValue.s("b")));

    assertThat(((Statement.Delete) parsed).where())
        .isEqualTo(
            new Condition.Compare(
                Path.of("pk"), ComparisonOperator.EQ, new Literal(AttributeValue.s("a"))));
  }
}
