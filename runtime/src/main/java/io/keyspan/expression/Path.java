package io.keyspan.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document path: a top-level attribute name followed by map keys and list indexes, such as {@code
 * a.b[3].c}. Names here are real attribute names (placeholders already resolved), so a name may
 * contain any character, including a dot.
 */
public record Path(List<PathElement> elements) implements Operand, UpdateValue {
  /** DynamoDB's maximum nesting depth of a document path. */
  public static final int MAX_DEPTH = 32;

  public Path {
    elements = List.copyOf(elements);
    if (elements.isEmpty() || elements.get(0).attributeName() == null) {
      throw new IllegalArgumentException("a path starts with an attribute name: " + elements);
    }
  }

  /** A top-level attribute. */
  public static Path of(String attribute) {
    return new Path(List.of(new PathElement.Attribute(attribute)));
  }

  /** This path followed by a map key. */
  public Path attribute(String name) {
    return append(new PathElement.Attribute(name));
  }

  /** This path followed by a list index. */
  public Path index(int index) {
    return append(new PathElement.Index(index));
  }

  private Path append(PathElement element) {
    List<PathElement> longer = new ArrayList<>(elements.size() + 1);
    longer.addAll(elements);
    longer.add(element);
    return new Path(longer);
  }

  /** The top-level attribute name this path starts with. */
  public String topLevelName() {
    return elements.get(0).attributeName();
  }

  /** Whether this path is a single top-level attribute name. */
  public boolean isTopLevel() {
    return elements.size() == 1;
  }

  public int depth() {
    return elements.size();
  }

  /** Whether {@code other} equals this path or lies beneath it. */
  public boolean isPrefixOf(Path other) {
    return other.elements.size() >= elements.size()
        && other.elements.subList(0, elements.size()).equals(elements);
  }

  /** The path with its last element removed; only for paths of depth two or more. */
  public Path parent() {
    if (elements.size() < 2) {
      throw new IllegalStateException("a top-level path has no parent: " + this);
    }
    return new Path(elements.subList(0, elements.size() - 1));
  }

  public PathElement last() {
    return elements.get(elements.size() - 1);
  }

  /** The path as DynamoDB prints it in messages: {@code [a, b, [3]]} for {@code a.b[3]}. */
  public String toMessageForm() {
    StringBuilder text = new StringBuilder("[").append(topLevelName());
    elements
        .subList(1, elements.size())
        .forEach(element -> text.append(", ").append(messageStep(element)));
    return text.append(']').toString();
  }

  /** A readable form such as {@code a.b[3]}; not expression text (names are not escaped). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(topLevelName());
    elements.subList(1, elements.size()).forEach(element -> text.append(element.accept(STEP)));
    return text.toString();
  }

  /** A step after the first, as {@link #toString()} writes it: {@code .b} or {@code [3]}. */
  private static final PathElement.Visitor<String> STEP =
      new PathElement.Visitor<>() {
        @Override
        public String attribute(PathElement.Attribute node) {
          return "." + node.name();
        }

        @Override
        public String index(PathElement.Index node) {
          return "[" + node.index() + "]";
        }
      };

  /** A step after the first, as {@link #toMessageForm()} writes it: {@code b} or {@code [3]}. */
  private static String messageStep(PathElement element) {
    String name = element.attributeName();
    return name != null ? name : element.accept(STEP);
  }

  @Override
  public <R> R accept(Operand.Visitor<R> visitor) {
    return visitor.path(this);
  }

  @Override
  public Optional<Path> pathRead() {
    return Optional.of(this);
  }

  @Override
  public <R> R accept(UpdateValue.Visitor<R> visitor) {
    return visitor.path(this);
  }
}
