package io.keyspan.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the members of DynamoDB sets: non-empty, no duplicates, numbers normalised. */
final class Sets {
  private Sets() {}

  static Set<String> strings(Collection<String> members) {
    return unique(members, Type.STRING);
  }

  static Set<Bytes> binaries(Collection<Bytes> members) {
    return unique(members, Type.BINARY);
  }

  static Set<BigDecimal> numbers(Collection<String> texts) {
    List<BigDecimal> parsed = new ArrayList<>(texts.size());
    for (String text : texts) {
      parsed.add(Numbers.parse(text));
    }
    return unique(parsed, Type.NUMBER, texts);
  }

  static Set<BigDecimal> normalizedNumbers(Collection<BigDecimal> members) {
    List<BigDecimal> normalized = new ArrayList<>(members.size());
    for (BigDecimal member : members) {
      normalized.add(Numbers.normalize(member));
    }
    return unique(normalized, Type.NUMBER, members);
  }

  /**
   * The set types with DynamoDB's text for an empty set, spaces included; a binary set's is worded
   * differently (dynalite validations/index.js, which copies DynamoDB's messages).
   */
  private enum Type {
    STRING("An string set  may not be empty"),
    NUMBER("An number set  may not be empty"),
    BINARY("Binary sets should not be empty");

    final String emptyMessage;

    Type(String emptyMessage) {
      this.emptyMessage = emptyMessage;
    }
  }

  private static <T> Set<T> unique(Collection<T> members, Type type) {
    return unique(members, type, members);
  }

  private static <T> Set<T> unique(Collection<T> members, Type type, Collection<?> asGiven) {
    if (members.isEmpty()) {
      throw new InvalidValueException(
          "One or more parameter values were invalid: " + type.emptyMessage);
    }
    Set<T> unique = new LinkedHashSet<>(members.size() * 2);
    for (T member : members) {
      if (member == null) {
        throw new NullPointerException("set member");
      }
      unique.add(member);
    }
    if (unique.size() != members.size()) {
      throw new InvalidValueException(
          "One or more parameter values were invalid: Input collection "
              + asGiven
              + " contains duplicates.");
    }
    return Collections.unmodifiableSet(unique);
  }
}
