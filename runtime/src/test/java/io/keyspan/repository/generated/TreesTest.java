package io.keyspan.repository.generated;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each factory builds the node it names, as the node's own constructor would. */
class TreesTest {
  private static final Path A = Path.of("A");
  private static final Path B = Path.of("B");
  private static final Placeholder V = new Placeholder(":v");
  private static final Placeholder W = new Placeholder(":w");
  private static final Condition X = new Condition.AttributeExists(A);
  private static final Condition Y = new Condition.AttributeNotExists(B);

  @Test
  void path_takesMapKeysAndListIndexesInOrder() {
    assertThat(Trees.path("A")).isEqualTo(A);
    assertThat(Trees.path("a", 0, "b.c", 12))
        .isEqualTo(
            new Path(
                List.of(
                    new PathElement.Attribute("a"),
                    new PathElement.Index(0),
                    new PathElement.Attribute("b.c"),
                    new PathElement.Index(12))));
  }

  @Test
  void path_rejectsAStepThatIsNeitherKeyNorIndex() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Trees.path("a", 1L));
    assertThat(e).hasMessageThat().contains("not 1");
  }

  @Test
  void operands() {
    assertThat(Trees.placeholder(":v")).isEqualTo(V);
    assertThat(Trees.size(A)).isEqualTo(new Operand.Size(A));
  }

  @Test
  void comparisons_carryTheirOperator() {
    assertThat(Trees.eq(A, V)).isEqualTo(new Condition.Compare(A, ComparisonOperator.EQ, V));
    assertThat(Trees.ne(A, V)).isEqualTo(new Condition.Compare(A, ComparisonOperator.NE, V));
    assertThat(Trees.lt(A, V)).isEqualTo(new Condition.Compare(A, ComparisonOperator.LT, V));
    assertThat(Trees.le(A, V)).isEqualTo(new Condition.Compare(A, ComparisonOperator.LE, V));
    assertThat(Trees.gt(A, V)).isEqualTo(new Condition.Compare(A, ComparisonOperator.GT, V));
    assertThat(Trees.ge(A, V)).isEqualTo(new Condition.Compare(A, ComparisonOperator.GE, V));
  }

  @Test
  void conditions() {
    assertThat(Trees.between(A, V, W)).isEqualTo(new Condition.Between(A, V, W));
    assertThat(Trees.in(A, V, W, B)).isEqualTo(new Condition.In(A, List.of(V, W, B)));
    assertThat(Trees.and(X, Y)).isEqualTo(new Condition.And(X, Y));
    assertThat(Trees.or(X, Y)).isEqualTo(new Condition.Or(X, Y));
    assertThat(Trees.not(X)).isEqualTo(new Condition.Not(X));
    assertThat(Trees.attributeExists(A)).isEqualTo(new Condition.AttributeExists(A));
    assertThat(Trees.attributeNotExists(A)).isEqualTo(new Condition.AttributeNotExists(A));
    assertThat(Trees.attributeType(A, V)).isEqualTo(new Condition.AttributeType(A, V));
    assertThat(Trees.beginsWith(A, V)).isEqualTo(new Condition.BeginsWith(A, V));
    assertThat(Trees.contains(A, V)).isEqualTo(new Condition.Contains(A, V));
  }

  @Test
  void keyTerms_carryTheirOperator() {
    assertThat(Trees.eq("K", V)).isEqualTo(new KeyCondition.Compare("K", ComparisonOperator.EQ, V));
    assertThat(Trees.ne("K", V)).isEqualTo(new KeyCondition.Compare("K", ComparisonOperator.NE, V));
    assertThat(Trees.lt("K", V)).isEqualTo(new KeyCondition.Compare("K", ComparisonOperator.LT, V));
    assertThat(Trees.le("K", V)).isEqualTo(new KeyCondition.Compare("K", ComparisonOperator.LE, V));
    assertThat(Trees.gt("K", V)).isEqualTo(new KeyCondition.Compare("K", ComparisonOperator.GT, V));
    assertThat(Trees.ge("K", V)).isEqualTo(new KeyCondition.Compare("K", ComparisonOperator.GE, V));
    assertThat(Trees.between("K", V, W)).isEqualTo(new KeyCondition.Between("K", V, W));
    assertThat(Trees.beginsWith("K", V)).isEqualTo(new KeyCondition.BeginsWith("K", V));
  }

  @Test
  void keyConditions_holdTheirTermsInOrder() {
    KeyCondition.Term partition = Trees.eq("P", V);
    KeyCondition.Term sort = Trees.gt("S", W);
    assertThat(Trees.keyCondition(partition)).isEqualTo(new KeyCondition(List.of(partition)));
    assertThat(Trees.keyCondition(partition, sort))
        .isEqualTo(new KeyCondition(List.of(partition, sort)));
  }

  @Test
  void singleActions_areUpdatesOfOneClause() {
    assertThat(Trees.set(A, V))
        .isEqualTo(
            new UpdateExpression(
                List.of(new UpdateExpression.SetAction(A, V)), List.of(), List.of(), List.of()));
    assertThat(Trees.remove(A))
        .isEqualTo(new UpdateExpression(List.of(), List.of(A), List.of(), List.of()));
    assertThat(Trees.add(A, V))
        .isEqualTo(
            new UpdateExpression(
                List.of(), List.of(), List.of(new UpdateExpression.AddAction(A, V)), List.of()));
    assertThat(Trees.delete(A, V))
        .isEqualTo(
            new UpdateExpression(
                List.of(), List.of(), List.of(), List.of(new UpdateExpression.DeleteAction(A, V))));
  }

  @Test
  void update_joinsClausesKeepingTheOrderOfEach() {
    UpdateExpression joined =
        Trees.update(
            Trees.set(A, V), Trees.remove(B), Trees.set(B, W), Trees.add(A, W), Trees.delete(B, V));
    assertThat(joined)
        .isEqualTo(
            new UpdateExpression(
                List.of(new UpdateExpression.SetAction(A, V), new UpdateExpression.SetAction(B, W)),
                List.of(B),
                List.of(new UpdateExpression.AddAction(A, W)),
                List.of(new UpdateExpression.DeleteAction(B, V))));
  }

  @Test
  void setValues() {
    assertThat(Trees.ifNotExists(A, V)).isEqualTo(new UpdateValue.IfNotExists(A, V));
    assertThat(Trees.listAppend(A, V)).isEqualTo(new UpdateValue.ListAppend(A, V));
    assertThat(Trees.plus(A, V)).isEqualTo(new UpdateValue.Plus(A, V));
    assertThat(Trees.minus(A, V)).isEqualTo(new UpdateValue.Minus(A, V));
  }

  @Test
  void projection_keepsPathOrder() {
    assertThat(Trees.projection(B, A)).isEqualTo(new Projection(List.of(B, A)));
  }
}
