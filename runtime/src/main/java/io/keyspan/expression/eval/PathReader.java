package io.keyspan.expression.eval;

import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a document path from an item. A path through a missing attribute, past the end of a list,
 * or with the wrong shape (a key into a list or scalar, an index into a map) reads as missing,
 * never as an error (Developer Guide Expressions.Attributes).
 */
public final class PathReader {
  private PathReader() {}

  /** The value at {@code path}, or empty when the path does not lead to a value. */
  public static Optional<AttributeValue> read(Path path, Map<String, AttributeValue> item) {
    return Optional.ofNullable(valueAt(path, item));
  }

  /** As {@link #read}, but {@code null} for missing: the evaluators' allocation-free form. */
  static AttributeValue valueAt(Path path, Map<String, AttributeValue> item) {
    List<PathElement> elements = path.elements();
    AttributeValue current = item.get(path.topLevelName());
    for (int i = 1; i < elements.size() && current != null; i++) {
      current = child(current, elements.get(i));
    }
    return current;
  }

  /** The value under {@code element} of a map or list, or {@code null}. */
  static AttributeValue child(AttributeValue container, PathElement element) {
    return element.accept(
        new PathElement.Visitor<>() {
          @Override
          public AttributeValue attribute(PathElement.Attribute node) {
            return container instanceof AttributeValue.M map ? map.values().get(node.name()) : null;
          }

          @Override
          public AttributeValue index(PathElement.Index node) {
            return container instanceof AttributeValue.L list && node.index() < list.values().size()
                ? list.values().get(node.index())
                : null;
          }
        });
  }
}
