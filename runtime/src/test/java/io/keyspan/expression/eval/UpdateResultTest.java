package io.keyspan.expression.eval;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.eval.Trees.item;
import static io.keyspan.expression.eval.Trees.list;
import static io.keyspan.expression.eval.Trees.lit;
import static io.keyspan.expression.eval.Trees.map;
import static io.keyspan.expression.eval.Trees.n;
import static io.keyspan.expression.eval.Trees.path;
import static io.keyspan.expression.eval.Trees.s;
import static io.keyspan.expression.eval.Updates.update;

import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Developer Guide WorkingWithItems ReturnValues UPDATED_OLD / UPDATED_NEW [API; ALT
 * test_returnvalues.py].
 */
class UpdateResultTest {
  private static UpdateResult apply(Updates update, Map<String, AttributeValue> item) {
    return UpdateEvaluator.apply(update.build(), item);
  }

  @Test
  void updatedOld_returnsOnlyOverwrittenAttributesThatExisted() {
    // [ALT test_update_item_returnvalues_updated_old]
    Map<String, AttributeValue> item = item("p", "k", "a", "hi", "b", "dog");
    assertThat(apply(update().set("b", s("cat")).set("c", s("hello")), item).updatedOld())
        .containsExactly("b", s("dog"));
  }

  @Test
  void updatedOld_countsSameValueAndRemove() {
    Map<String, AttributeValue> item = item("p", "k", "b", "cat");
    assertThat(apply(update().set("b", s("cat")), item).updatedOld())
        .containsExactly("b", s("cat"));
    assertThat(apply(update().remove("b"), item).updatedOld()).containsExactly("b", s("cat"));
  }

  @Test
  void updatedOld_ofNewAttributeOrAbsentItem_isEmpty() {
    assertThat(apply(update().set("z", s("new")), item("p", "k")).updatedOld()).isEmpty();
    assertThat(apply(update().set("z", s("new")), Map.of()).updatedOld()).isEmpty();
  }

  @Test
  void updatedNew_returnsSetAndAddTargets_notRemoved() {
    // [ALT test_update_item_returnvalues_updated_new]
    Map<String, AttributeValue> item = item("p", "k", "a", "hi", "b", "dog", "c", 1);
    UpdateResult result =
        apply(update().set("a", s("dog")).set("b", s("tiger")).remove("c").add("d", n(2)), item);
    assertThat(result.updatedNew()).containsExactly("a", s("dog"), "b", s("tiger"), "d", n(2));
    assertThat(apply(update().remove("b"), item).updatedNew()).isEmpty();
  }

  @Test
  void updatedNew_returnsComputedValue() {
    assertThat(
            apply(update().set("a", new UpdateValue.Plus(path("a"), lit(1))), item("a", 1))
                .updatedNew())
        .containsExactly("a", n(2));
  }

  @Test
  void nestedUpdates_returnOnlyTheTouchedSubPath() {
    // [ALT test_update_item_returnvalues_nested], replayed step by step.
    Map<String, AttributeValue> item =
        item("p", "k", "a", map("b", "dog", "c", list(1, 2, 3)), "d", "cat");
    UpdateResult result = apply(update().set("a.b", s("hi")), item);
    assertThat(result.updatedOld()).containsExactly("a", map("b", "dog"));
    assertThat(result.updatedNew()).containsExactly("a", map("b", "hi"));
    item = result.newItem();

    result = apply(update().set("a.c[1]", n(7)), item);
    assertThat(result.updatedOld()).containsExactly("a", map("c", list(2)));
    assertThat(result.updatedNew()).containsExactly("a", map("c", list(7)));
    item = result.newItem();

    result = apply(update().set("a.c[1]", n(3)).set("a.b", s("dog")), item);
    assertThat(result.updatedOld()).containsExactly("a", map("b", "hi", "c", list(7)));
    assertThat(result.updatedNew()).containsExactly("a", map("b", "dog", "c", list(3)));
    item = result.newItem();
    assertThat(item)
        .containsExactly("p", s("k"), "a", map("b", "dog", "c", list(1, 3, 3)), "d", s("cat"));

    // REMOVE of a list element that does not exist is not returned.
    result = apply(update().remove("a.c[1]", "a.c[3]"), item);
    assertThat(result.updatedOld()).containsExactly("a", map("c", list(3)));
    item = result.newItem();

    result = apply(update().set("a.x1", n(8)), item);
    assertThat(result.updatedOld()).isEmpty();
    assertThat(result.updatedNew()).containsExactly("a", map("x1", 8));
    item = result.newItem();

    // Oddity 1: SET a.c[100] appends, and UPDATED_NEW does not return it.
    result = apply(update().set("a.c[100]", n(70)), item);
    assertThat(result.updatedNew()).isEmpty();
    item = result.newItem();
    assertThat(PathReader.read(path("a.c"), item)).hasValue(list(1, 3, 70));

    // Oddity 2: REMOVE a.c[1] returns the element shifted into position 1.
    result = apply(update().remove("a.c[1]"), item);
    assertThat(result.updatedNew()).containsExactly("a", map("c", list(70)));
    assertThat(result.updatedOld()).containsExactly("a", map("c", list(3)));
  }

  @Test
  void deleteOfSomeMembers_returnsOldAndRemainingSet() {
    Map<String, AttributeValue> item = item("s", AttributeValue.ss("a", "b"));
    UpdateResult result = apply(update().delete("s", AttributeValue.ss("a")), item);
    assertThat(result.updatedOld()).containsExactly("s", AttributeValue.ss("a", "b"));
    assertThat(result.updatedNew()).containsExactly("s", AttributeValue.ss("b"));
  }
}
