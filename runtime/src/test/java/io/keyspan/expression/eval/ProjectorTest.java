package io.keyspan.expression.eval;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.eval.Trees.item;
import static io.keyspan.expression.eval.Trees.list;
import static io.keyspan.expression.eval.Trees.map;
import static io.keyspan.expression.eval.Trees.path;

import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Developer Guide Expressions.ProjectionExpressions ProjectionExpression [ALT
 * test_projection_expression.py].
 */
class ProjectorTest {
  private final Map<String, AttributeValue> item =
      item("p", "key", "a", map("b", list("e0", map("y", 1, "z", 2), "e2"), "c", 3), "d", 4);

  private static Projection projection(String... paths) {
    return new Projection(Arrays.stream(paths).map(Trees::path).toList());
  }

  @Test
  void topLevelAttributes_areKeptAsIs() {
    assertThat(Projector.project(Projection.of("d", "a"), item))
        .containsExactly("d", Trees.n(4), "a", item.get("a"));
  }

  @Test
  void keyIsNotAddedAutomatically() {
    assertThat(Projector.project(Projection.of("d"), item)).doesNotContainKey("p");
  }

  @Test
  void nestedPath_keepsItsNesting() {
    // 1.8: a.b[1].y gives {"a":{"b":[{"y":..}]}}.
    assertThat(Projector.project(projection("a.b[1].y"), item))
        .containsExactly("a", map("b", list(map("y", 1))));
  }

  @Test
  void listElements_areCompactedInIndexOrder() {
    // 1.8: a.b[0],a.b[1] gives {"a":{"b":[e0,e1]}}; the written order does not matter.
    assertThat(Projector.project(projection("a.b[2]", "a.b[0]"), item))
        .containsExactly("a", map("b", list("e0", "e2")));
  }

  @Test
  void siblingPaths_mergeIntoOneParent() {
    assertThat(Projector.project(projection("a.c", "a.b[1].z", "d"), item))
        .containsExactly("a", map("c", 3, "b", list(map("z", 2))), "d", Trees.n(4));
  }

  @Test
  void missingPaths_areLeftOut() {
    assertThat(Projector.project(projection("a.b[9]", "a.x", "zz", "d.e", "a[0]"), item)).isEmpty();
    assertThat(Projector.project(projection("a.b[9]", "a.b[2]"), item))
        .containsExactly("a", map("b", list("e2")));
  }

  @Test
  void nothingFound_givesEmptyMap() {
    // 1.8: an existing item with none of the paths gives "Item": {}.
    assertThat(Projector.project(Projection.of("zz"), item)).isEmpty();
  }

  @Test
  void overlappingPaths_returnTheWholeAncestor() {
    // The parser rejects these (1.8); trees built directly still get a sensible answer.
    assertThat(
            Projector.project(new Projection(java.util.List.of(path("a.c"), Path.of("a"))), item))
        .containsExactly("a", item.get("a"));
    assertThat(
            Projector.project(new Projection(java.util.List.of(Path.of("a"), path("a.c"))), item))
        .containsExactly("a", item.get("a"));
  }
}
