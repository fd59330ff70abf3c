package io.keyspan.expression;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateTest {
  private static final Literal ONE = new Literal(AttributeValue.n(1));
  private static final Literal TAGS = new Literal(AttributeValue.ss("x"));

  @Test
  void actions_comeClauseByClause_inWrittenOrder_withRemovePathsAsActions() {
    UpdateExpression.SetAction setB = new UpdateExpression.SetAction(Path.of("b"), ONE);
    UpdateExpression.SetAction setA = new UpdateExpression.SetAction(Path.of("a"), ONE);
    UpdateExpression.AddAction add = new UpdateExpression.AddAction(Path.of("n"), ONE);
    UpdateExpression.DeleteAction delete = new UpdateExpression.DeleteAction(Path.of("t"), TAGS);
    UpdateExpression update =
        new UpdateExpression(
            List.of(setB, setA),
            List.of(Path.of("r2"), Path.of("r1")),
            List.of(add),
            List.of(delete));

    assertThat(update.actions())
        .containsExactly(
            setB,
            setA,
            new UpdateExpression.RemoveAction(Path.of("r2")),
            new UpdateExpression.RemoveAction(Path.of("r1")),
            add,
            delete)
        .inOrder();
  }

  @Test
  void actions_cannotBeChanged() {
    UpdateExpression update =
        new UpdateExpression(List.of(), List.of(Path.of("a")), List.of(), List.of());

    assertThrows(
        UnsupportedOperationException.class,
        () -> update.actions().add(new UpdateExpression.RemoveAction(Path.of("b"))));
  }
}
