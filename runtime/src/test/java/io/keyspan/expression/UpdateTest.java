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
    Update.SetAction setB = new Update.SetAction(Path.of("b"), ONE);
    Update.SetAction setA = new Update.SetAction(Path.of("a"), ONE);
    Update.AddAction add = new Update.AddAction(Path.of("n"), ONE);
    Update.DeleteAction delete = new Update.DeleteAction(Path.of("t"), TAGS);
    Update update =
        new Update(
            List.of(setB, setA),
            List.of(Path.of("r2"), Path.of("r1")),
            List.of(add),
            List.of(delete));

    assertThat(update.actions())
        .containsExactly(
            setB,
            setA,
            new Update.RemoveAction(Path.of("r2")),
            new Update.RemoveAction(Path.of("r1")),
            add,
            delete)
        .inOrder();
  }

  @Test
  void actions_cannotBeChanged() {
    Update update = new Update(List.of(), List.of(Path.of("a")), List.of(), List.of());

    assertThrows(
        UnsupportedOperationException.class,
        () -> update.actions().add(new Update.RemoveAction(Path.of("b"))));
  }
}
