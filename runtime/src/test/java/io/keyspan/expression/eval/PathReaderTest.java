package io.keyspan.expression.eval;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.eval.Trees.item;
import static io.keyspan.expression.eval.Trees.list;
import static io.keyspan.expression.eval.Trees.map;
import static io.keyspan.expression.eval.Trees.path;
import static io.keyspan.expression.eval.Trees.s;

import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Developer Guide Expressions.Attributes Document paths [G:Expressions.Attributes; ALT
 * test_projection_expression_path].
 */
class PathReaderTest {
  private final Map<String, AttributeValue> item =
      item("a", map("b", list("x", map("c", "deep")), "n", 5), "s", "top", "l", list(1, 2, 3));

  @Test
  void topLevelAttribute_isRead() {
    assertThat(PathReader.read(path("s"), item)).hasValue(s("top"));
  }

  @Test
  void nestedMapsAndLists_areFollowed() {
    assertThat(PathReader.read(path("a.b[1].c"), item)).hasValue(s("deep"));
    assertThat(PathReader.read(path("l[2]"), item)).hasValue(Trees.n(3));
  }

  @Test
  void attributeNameWithDot_isOneName() {
    // 1.4: names hold real attribute names, so "x.y" is one top-level attribute.
    Map<String, AttributeValue> dotted = item("x.y", "v");
    assertThat(PathReader.read(Path.of("x.y"), dotted)).hasValue(s("v"));
  }

  @Test
  void missingAttribute_isMissing() {
    assertThat(PathReader.read(path("zz"), item)).isEmpty();
    assertThat(PathReader.read(path("zz.b[0]"), item)).isEmpty();
    assertThat(PathReader.read(path("a.zz"), item)).isEmpty();
  }

  @Test
  void indexPastListEnd_isMissing() {
    assertThat(PathReader.read(path("l[3]"), item)).isEmpty();
    assertThat(PathReader.read(path("a.b[7].c"), item)).isEmpty();
  }

  @Test
  void wrongShape_isMissingNotError() {
    assertThat(PathReader.read(path("l.x"), item)).isEmpty(); // dot into a list
    assertThat(PathReader.read(path("s.x"), item)).isEmpty(); // dot into a scalar
    assertThat(PathReader.read(path("a[0]"), item)).isEmpty(); // index into a map
    assertThat(PathReader.read(path("s[0]"), item)).isEmpty(); // index into a scalar
  }

  @Test
  void emptyItem_hasNothing() {
    assertThat(PathReader.read(path("a.b"), Map.of())).isEmpty();
  }
}
