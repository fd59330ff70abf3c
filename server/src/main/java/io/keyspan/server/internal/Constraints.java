package io.keyspan.server.internal;

import io.keyspan.engine.ResourceNames;
import io.keyspan.exception.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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

  /** One violation: the top-level member it concerns ("tableName") and its text. */
  private record Violation(String member, String text) {}

  private final List<Violation> violations = new ArrayList<>();
  private final List<String> memberOrder;

  /** Violations listed in the order they are found. */
  Constraints() {
    this(List.of());
  }

  /**
   * Violations listed by their top-level member in {@code memberOrder} (DynamoDB's order for the
   * operation, see {@link MemberOrder}), then in the order found.
   */
  Constraints(List<String> memberOrder) {
    this.memberOrder = memberOrder;
  }

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
          new Violation(
              member(path),
              "Value null at '"
                  + path
                  + "' failed to satisfy constraint: Member must not be null"));
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

  /**
   * The table names that key BatchGetItem's and BatchWriteItem's RequestItems: one violation for
   * the whole map, shown as JSON, per bad name (dynalite validations/index.js, as DynamoDB words
   * it).
   */
  Constraints tableNameKeys(String path, Object shown, Collection<String> names) {
    for (String name : names) {
      if (!ResourceNames.isValid(name)) {
        add(
            path,
            shown,
            "Map keys must satisfy constraint: [Member must have length less than or equal to "
                + ResourceNames.MAX_LENGTH
                + ", Member must have length greater than or equal to "
                + ResourceNames.MIN_LENGTH
                + ", Member must satisfy regular expression pattern: "
                + ResourceNames.PATTERN
                + "]");
      }
    }
    return this;
  }

  /**
   * Lists that are a map's values, each of {@code min} to {@code max} members: one violation for
   * the whole map per list out of bounds, naming both bounds (dynalite validations/index.js).
   */
  Constraints listValueSizes(
      String path, Object shown, Collection<? extends Collection<?>> lists, int min, int max) {
    for (Collection<?> list : lists) {
      if (list != null && (list.size() < min || list.size() > max)) {
        add(
            path,
            shown,
            "Map value must satisfy constraint: [Member must have length less than or equal to "
                + max
                + ", Member must have length greater than or equal to "
                + min
                + "]");
      }
    }
    return this;
  }

  /** A list whose members must not be null; Coral reports the list with its member rule. */
  Constraints membersNotNull(String path, List<?> value) {
    if (value != null && value.contains(null)) {
      add(path, value, "Member must satisfy constraint: [Member must not be null]");
    }
    return this;
  }

  Constraints range(String path, Number value, long min, long max) {
    if (value == null) {
      return this;
    }
    if (value.longValue() < min) {
      add(path, value, "Member must have value greater than or equal to " + min);
    }
    if (value.longValue() > max) {
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
    List<String> reported =
        violations.stream()
            .sorted(Comparator.comparingInt(violation -> rank(violation.member())))
            .limit(MAX_REPORTED)
            .map(Violation::text)
            .toList();
    throw new ValidationException(
        reported.size()
            + " validation error"
            + (reported.size() > 1 ? "s" : "")
            + " detected: "
            + String.join("; ", reported));
  }

  private void add(String path, Object value, String constraint) {
    violations.add(
        new Violation(
            member(path),
            "Value '"
                + Echo.of(value)
                + "' at '"
                + path
                + "' failed to satisfy constraint: "
                + constraint));
  }

  /** The top-level member of a path such as {@code keySchema.1.member.keyType}. */
  private static String member(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  /** A member's place in the operation's order; members it does not list come last. */
  private int rank(String member) {
    int index = memberOrder.indexOf(member);
    return index < 0 ? memberOrder.size() : index;
  }
}
