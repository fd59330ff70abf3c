package io.keyspan.processor.write;

import io.keyspan.expression.ExpressionRenderer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A tree as expression text with the real attribute names in place of the renderer's {@code #n}
 * placeholders, for people to read (the access-patterns report, comments in generated code); never
 * sent to DynamoDB, since a real name may need a placeholder there.
 */
final class ExpressionText {
  private ExpressionText() {}

  /** The text of {@code tree}, or the empty string for none. */
  static <E> String of(E tree, BiFunction<ExpressionRenderer, E, String> render) {
    if (tree == null) {
      return "";
    }
    ExpressionRenderer renderer = new ExpressionRenderer();
    String text = render.apply(renderer, tree);
    // Longest first, so #n1 does not replace the start of #n10.
    List<Map.Entry<String, String>> names =
        renderer.names().entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length())
                    .reversed())
            .toList();
    for (Map.Entry<String, String> name : names) {
      text = text.replace(name.getKey(), name.getValue());
    }
    return text;
  }
}
