package io.keyspan.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A key template such as {@code ORDER#{placedAt}#{orderId}}: literal text and named components,
 * whose values ({@link KeyComponents}) are written in to make a key. Immutable; {@link #parse}
 * rejects what could not make a key that identifies one item.
 *
 * <p>Two components must be separated by a literal ({@code {a}{b}} is rejected: {@code a=1,b=23}
 * and {@code a=12,b=3} would both render {@code 123}), and a component followed by a literal must
 * not contain that literal's first character ({@link #render} checks it), so a rendered key reads
 * back into its components in one way only.
 */
public final class KeyPattern {

  /** A piece of a template: literal text or a component. */
  public sealed interface Part permits Literal, Component {}

  /** Text written into every key as is. */
  public record Literal(String text) implements Part {}

  /** A named component, replaced by its value's {@link KeyComponents} form. */
  public record Component(String name) implements Part {}

  private final String text;
  private final List<Part> parts;
  private final List<String> components;

  private KeyPattern(String text, List<Part> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
    this.components =
        parts.stream()
            .filter(Component.class::isInstance)
            .map(part -> ((Component) part).name())
            .toList();
  }

  /**
   * Parses {@code CUSTOMER#{customerId}}.
   *
   * @throws IllegalArgumentException for an empty template, an unbalanced or nested brace, an empty
   *     or non-identifier component name, a component named twice, or two components with no
   *     literal between them; the message names the template and the position
   */
  public static KeyPattern parse(String text) {
    Objects.requireNonNull(text, "template");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("A key template cannot be empty");
    }
    List<Part> parts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw malformed(text, i, "'}' closes no '{'");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i + 1);
      int nested = text.indexOf('{', i + 1);
      if (close < 0) {
        throw malformed(text, i, "'{' is never closed");
      }
      if (nested >= 0 && nested < close) {
        throw malformed(text, nested, "'{' inside a component");
      }
      String name = text.substring(i + 1, close);
      if (!isIdentifier(name)) {
        throw malformed(
            text,
            i,
            name.isEmpty()
                ? "the component has no name"
                : "the component name '" + name + "' is not a Java identifier");
      }
      if (literal.length() == 0 && !parts.isEmpty()) {
        throw malformed(
            text,
            i,
            "the component {"
                + name
                + "} follows another with no literal between them, so their values could not be"
                + " told apart ({a}{b} renders a=1,b=23 and a=12,b=3 alike)");
      }
      if (!names.add(name)) {
        throw malformed(text, i, "the component {" + name + "} appears twice");
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(new Component(name));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return new KeyPattern(text, parts);
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  /** Literals and components in template order; no two components are adjacent. */
  public List<Part> parts() {
    return parts;
  }

  /** The component names in template order. */
  public List<String> components() {
    return components;
  }

  /**
   * The text before the first component ({@code ORDER#} of {@code ORDER#{placedAt}#{orderId}}), the
   * whole template when it has none; the prefix of a {@code begins_with} that selects this
   * template's keys.
   */
  public String literalPrefix() {
    return parts.isEmpty() || !(parts.get(0) instanceof Literal first) ? "" : first.text();
  }

  /**
   * The key with these component forms written in, in {@link #components()} order; null when any is
   * null, so an index key with a null component is left absent (a sparse index).
   *
   * @throws IllegalArgumentException for the wrong number of components, or a component that
   *     contains the first character of the literal after it (the key would be ambiguous)
   */
  public String render(String... encodedComponents) {
    if (encodedComponents.length != components.size()) {
      throw new IllegalArgumentException(
          "The key template "
              + text
              + " has "
              + components.size()
              + " components "
              + components
              + ", not "
              + encodedComponents.length);
    }
    for (String encoded : encodedComponents) {
      if (encoded == null) {
        return null;
      }
    }
    return write(encodedComponents, parts.size());
  }

  /**
   * The key with these component values written in, in {@link #components()} order, each in its
   * {@link KeyComponents} form: the key of a lookup, where every component is required.
   *
   * @throws IllegalArgumentException for the wrong number of values, a null value, or a value whose
   *     form contains the first character of the literal after it
   * @throws MappingException for a value of a type that has no component form
   */
  public String renderValues(Object... componentValues) {
    String[] forms = new String[componentValues.length];
    for (int i = 0; i < forms.length; i++) {
      if (componentValues[i] == null) {
        throw new IllegalArgumentException(
            "The component {" + components.get(i) + "} of the key template " + text + " is null");
      }
      forms[i] = KeyComponents.encodeValue(componentValues[i]);
    }
    return render(forms);
  }

  /**
   * The start of every key whose first components have these forms: the text up to the first
   * component not given ({@code prefix("2024-05")} of {@code ORDER#{placedAt}#{orderId}} is {@code
   * ORDER#2024-05}), for a {@code begins_with} over part of a key.
   *
   * @throws IllegalArgumentException for more forms than components, a null form, or a form that
   *     contains the first character of the literal after it
   */
  public String prefix(String... leadingComponents) {
    if (leadingComponents.length > components.size()) {
      throw new IllegalArgumentException(
          "The key template " + text + " has only " + components.size() + " components");
    }
    int given = 0;
    int end = 0;
    while (end < parts.size()) {
      if (parts.get(end) instanceof Component && given++ == leadingComponents.length) {
        break;
      }
      end++;
    }
    return write(leadingComponents, end);
  }

  /**
   * The start of every key whose first components have these values, each in its {@link
   * KeyComponents} form: {@link #prefix} from values, for a declared query's {@code begins_with}.
   *
   * @throws IllegalArgumentException for more values than components, a null value, or a value
   *     whose form contains the first character of the literal after it
   * @throws MappingException for a value of a type that has no component form
   */
  public String prefixValues(Object... leadingValues) {
    String[] forms = new String[leadingValues.length];
    for (int i = 0; i < forms.length && i < components.size(); i++) {
      if (leadingValues[i] == null) {
        throw new IllegalArgumentException(
            "The component {" + components.get(i) + "} of the key template " + text + " is null");
      }
      forms[i] = KeyComponents.encodeValue(leadingValues[i]);
    }
    return prefix(forms);
  }

  /**
   * The least text above every key that starts with {@link #prefixValues}{@code (leadingValues)}:
   * that prefix with its last character incremented, an exclusive upper bound of those keys (a
   * key's text sorts by its UTF-8 bytes, which for characters outside the surrogate range is the
   * order of their code points).
   *
   * @throws IllegalArgumentException as {@link #prefixValues} does, or when the prefix is empty or
   *     ends in U+FFFF or a surrogate, which have no next character of their own
   */
  public String pastPrefixValues(Object... leadingValues) {
    String prefix = prefixValues(leadingValues);
    char last = prefix.isEmpty() ? Character.MAX_VALUE : prefix.charAt(prefix.length() - 1);
    if (last == Character.MAX_VALUE || Character.isSurrogate(last)) {
      throw new IllegalArgumentException(
          "The key template " + text + " has no text past the prefix '" + prefix + "'");
    }
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }

  /**
   * Whether {@code key} is a key this template renders: its literals in place, with component
   * values between them that do not contain the next literal's first character.
   */
  public boolean matches(String key) {
    int position = 0;
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      if (part instanceof Literal literal) {
        if (!key.startsWith(literal.text(), position)) {
          return false;
        }
        position += literal.text().length();
      } else if (p + 1 == parts.size()) {
        return true;
      } else {
        int next = key.indexOf(((Literal) parts.get(p + 1)).text().charAt(0), position);
        if (next < 0) {
          return false;
        }
        position = next;
      }
    }
    return position == key.length();
  }

  private String write(String[] encoded, int partCount) {
    StringBuilder key = new StringBuilder();
    int component = 0;
    for (int p = 0; p < partCount; p++) {
      Part part = parts.get(p);
      if (part instanceof Literal literal) {
        key.append(literal.text());
        continue;
      }
      String value = encoded[component];
      if (value == null) {
        throw new NullPointerException(
            "The component {" + components.get(component) + "} of " + text + " is null");
      }
      if (p + 1 < parts.size()) {
        char separator = ((Literal) parts.get(p + 1)).text().charAt(0);
        if (value.indexOf(separator) >= 0) {
          throw new IllegalArgumentException(
              "The value '"
                  + value
                  + "' of {"
                  + ((Component) part).name()
                  + "} in the key template "
                  + text
                  + " contains '"
                  + separator
                  + "', the character that follows it in the template, so the key would not tell"
                  + " where the value ends");
        }
      }
      key.append(value);
      component++;
    }
    return key.toString();
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
  }

  private static IllegalArgumentException malformed(String text, int index, String problem) {
    return new IllegalArgumentException(
        "The key template " + text + " is malformed at index " + index + ": " + problem);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyPattern pattern && pattern.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
