package io.keyspan.expression.eval;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short factories for test items and bound trees; no parser involved. */
final class Trees {
  private Trees() {}

  /**
   * A path from simple text such as {@code a.b[2].c}: names are split at dots and brackets, so only
   * names without those characters can be written this way.
   */
  static Path path(String text) {
    List<PathElement> elements = new ArrayList<>();
    for (String step : text.split("\\.")) {
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      if (!name.isEmpty()) {
        elements.add(new PathElement.Attribute(name));
      }
      while (bracket >= 0) {
        int close = step.indexOf(']', bracket);
        elements.add(new PathElement.Index(Integer.parseInt(step.substring(bracket + 1, close))));
        bracket = step.indexOf('[', close);
      }
    }
    return new Path(elements);
  }

  static Literal lit(AttributeValue value) {
    return new Literal(value);
  }

  static Literal lit(long number) {
    return new Literal(AttributeValue.n(number));
  }

  static Literal lit(String string) {
    return new Literal(AttributeValue.s(string));
  }

  static AttributeValue.N n(long number) {
    return AttributeValue.n(number);
  }

  static AttributeValue.S s(String string) {
    return AttributeValue.s(string);
  }

  /** A list of numbers and strings: {@code list(1, "x")}. */
  static AttributeValue.L list(Object... elements) {
    List<AttributeValue> values = new ArrayList<>();
    for (Object element : elements) {
      values.add(value(element));
    }
    return AttributeValue.l(values);
  }

  /** A map from alternating names and values: {@code map("a", 1, "b", "x")}. */
  static AttributeValue.M map(Object... namesAndValues) {
    return AttributeValue.m(item(namesAndValues));
  }

  /** An item from alternating names and values; numbers and strings are converted. */
  static Map<String, AttributeValue> item(Object... namesAndValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      item.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return item;
  }

  private static AttributeValue value(Object value) {
    if (value instanceof AttributeValue attributeValue) {
      return attributeValue;
    }
    if (value instanceof String string) {
      return AttributeValue.s(string);
    }
    if (value instanceof Integer || value instanceof Long) {
      return AttributeValue.n(((Number) value).longValue());
    }
    throw new IllegalArgumentException("not a test value: " + value);
  }
}
