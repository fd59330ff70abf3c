package io.keyspan.server.internal;

import io.keyspan.engine.ResourceNames;
import io.keyspan.exception.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The member constraints of DynamoDB's API model, checked as its front end checks them: every
 * violation of a request is collected, then reported at once as "2 validation errors detected:
 * Value null at 'tableName' failed to satisfy constraint: Member must not be null; ...".
 */
final class Constraints {
  /** Coral stops listing after ten violations. */
  private static final int MAX_REPORTED = 10;

  private final List<String> violations = new ArrayList<>();

  /** A table or index name, by {@link ResourceNames}. */
  Constraints name(String path, String value, boolean required) {
    if (value == null) {
      return required ? notNull(path, null) : this;
    }
    if (!ResourceNames.hasAllowedCharacters(value)) {
      add(path, value, "Member must satisfy regular expression pattern: " + ResourceNames.PATTERN);
    }
    return length(path, value, value.length(), ResourceNames.MIN_LENGTH, ResourceNames.MAX_LENGTH);
  }

  Constraints notNull(String path, Object value) {
    if (value == null) {
      violations.add(
          "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  Constraints length(String path, Object shown, int length, int min, int max) {
    if (length < min) {
      add(path, shown, "Member must have length greater than or equal to " + min);
    }
    if (length > max) {
      add(path, shown, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  Constraints size(String path, Collection<?> value, int min, int max) {
    return value == null ? this : length(path, value, value.size(), min, max);
  }

  Constraints size(String path, Map<?, ?> value, int min, int max) {
    return value == null ? this : length(path, value, value.size(), min, max);
  }

  /** A list whose members must not be null; Coral reports the list with its member rule. */
  Constraints membersNotNull(String path, List<?> value) {
    if (value != null && value.contains(null)) {
      add(path, value, "Member must satisfy constraint: [Member must not be null]");
    }
    return this;
  }

  Constraints range(String path, Integer value, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value < min) {
      add(path, value, "Member must have value greater than or equal to " + min);
    }
    if (value > max) {
      add(path, value, "Member must have value less than or equal to " + max);
    }
    return this;
  }

  /** An enum member: null when absent, the constant when valid, a violation otherwise. */
  <E extends Enum<E>> E enumValue(String path, String value, E[] constants) {
    if (value == null) {
      return null;
    }
    for (E constant : constants) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    add(
        path,
        value,
        "Member must satisfy enum value set: "
            + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
    return null;
  }

  /** Throws the collected violations, if any, as one ValidationException. */
  void check() {
    if (violations.isEmpty()) {
      return;
    }
    List<String> reported = violations.subList(0, Math.min(violations.size(), MAX_REPORTED));
    throw new ValidationException(
        reported.size()
            + " validation error"
            + (reported.size() > 1 ? "s" : "")
            + " detected: "
            + String.join("; ", reported));
  }

  private void add(String path, Object value, String constraint) {
    violations.add(
        "Value '"
            + Echo.of(value)
            + "' at '"
            + path
            + "' failed to satisfy constraint: "
            + constraint);
  }
}
