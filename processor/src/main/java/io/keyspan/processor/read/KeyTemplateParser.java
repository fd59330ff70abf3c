package io.keyspan.processor.read;

import io.keyspan.processor.model.KeyTemplateText;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Parses key templates ({@code ORDER#{placedAt}#{orderId}}) without javac: literal text and {@code
 * {component}}s, a component being a Java identifier, two components always separated by literal
 * text (from {@code {a}{b}} the key {@code 123} could be {@code a=1,b=23} or {@code a=12,b=3}).
 */
public final class KeyTemplateParser {
  private KeyTemplateParser() {}

  /** The parsed template, or the reason it is invalid. */
  public record Result(KeyTemplateText template, String problem) {}

  public static Result parse(String text) {
    if (text.isEmpty()) {
      return problem("it is empty; a key attribute needs a value");
    }
    List<KeyTemplateText.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        return problem("the '}' at position " + i + " closes no component");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        return problem("the '{' at position " + i + " is not closed");
      }
      String name = text.substring(i + 1, close);
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        return problem("{" + name + "} does not name a property");
      }
      if (literal.length() > 0) {
        parts.add(new KeyTemplateText.Literal(literal.toString()));
        literal.setLength(0);
      } else if (!parts.isEmpty()) {
        return problem("{" + name + "} follows another component without literal text between");
      }
      parts.add(new KeyTemplateText.Component(name));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new KeyTemplateText.Literal(literal.toString()));
    }
    return new Result(new KeyTemplateText(text, parts), null);
  }

  private static Result problem(String problem) {
    return new Result(null, problem);
  }
}
