package io.keyspan.expression.parser;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Shorthands shared by the parser tests. */
final class Fixtures {
  private Fixtures() {}

  /** A schema-aware parser without name placeholders: values stay placeholders. */
  static ExpressionParser schema() {
    return ExpressionParser.schemaAware(Map.of());
  }

  static ExpressionParser schema(Map<String, String> names) {
    return ExpressionParser.schemaAware(names);
  }

  static ExpressionParser request(Map<String, String> names, Map<String, AttributeValue> values) {
    return ExpressionParser.forRequest(names, values);
  }

  /** The message of the ValidationException {@code call} throws. */
  static String validationError(Executable call) {
    return assertThrows(ValidationException.class, call).getMessage();
  }

  static Path path(String topLevel) {
    return Path.of(topLevel);
  }

  static Placeholder ph(String name) {
    return new Placeholder(name);
  }

  static Literal lit(AttributeValue value) {
    return new Literal(value);
  }

  static Literal n(long value) {
    return new Literal(AttributeValue.n(value));
  }

  static Literal s(String value) {
    return new Literal(AttributeValue.s(value));
  }
}
