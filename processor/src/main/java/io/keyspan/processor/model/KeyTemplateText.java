package io.keyspan.processor.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed key template such as {@code ORDER#{placedAt}#{orderId}}: literal text and named
 * components, in order.
 *
 * @param text the template as written
 */
public record KeyTemplateText(String text, List<Part> parts) {
  public KeyTemplateText {
    parts = List.copyOf(parts);
  }

  /** Literal text, or a {@code {component}} that a property's value is written into. */
  public sealed interface Part permits Literal, Component {}

  public record Literal(String text) implements Part {}

  public record Component(String name) implements Part {}

  /** The component names, in order. */
  public List<String> components() {
    return parts.stream()
        .filter(Component.class::isInstance)
        .map(part -> ((Component) part).name())
        .toList();
  }

  /** The literal text before the first component: {@code ORDER#}; all of it without components. */
  public String literalPrefix() {
    return parts.isEmpty() || !(parts.get(0) instanceof Literal literal) ? "" : literal.text();
  }

  /**
   * The template with its components unnamed, {@code ORDER#{}#{}}: two templates of one shape
   * render the same keys from the same values.
   */
  public String shape() {
    return parts.stream()
        .map(part -> part instanceof Literal literal ? literal.text() : "{}")
        .collect(Collectors.joining());
  }

  @Override
  public String toString() {
    return text;
  }
}
