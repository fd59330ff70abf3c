package io.keyspan.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What a derived method name says, before it is resolved against the table's keys: {@code
 * findTop10ByCustomerIdAndPlacedAtBetweenOrderByPlacedAtDesc}.
 *
 * @param limit 1 for {@code First}, N for {@code TopN}, 0 for none
 * @param orderBy the Java property of {@code OrderBy…}; empty when not given
 */
public record DerivedName(
    Subject subject,
    int limit,
    List<Criterion> criteria,
    Optional<String> orderBy,
    boolean descending) {
  public DerivedName {
    criteria = List.copyOf(criteria);
  }

  /** The verb a name starts with. */
  public enum Subject {
    FIND,
    COUNT,
    EXISTS,
    DELETE
  }

  /** One test: a Java property and how it is compared. */
  public record Criterion(String property, Operator operator) {}

  /**
   * The comparisons a criterion may name, with their suffixes, longest first where they share a
   * prefix.
   */
  public enum Operator {
    GREATER_THAN_EQUAL("GreaterThanEqual", 1),
    GREATER_THAN("GreaterThan", 1),
    LESS_THAN_EQUAL("LessThanEqual", 1),
    LESS_THAN("LessThan", 1),
    BETWEEN("Between", 2),
    STARTING_WITH("StartingWith", 1),
    STARTS_WITH("StartsWith", 1),
    EQUALS("Equals", 1),
    IS("", 1);

    private final String suffix;
    private final int arity;

    Operator(String suffix, int arity) {
      this.suffix = suffix;
      this.arity = arity;
    }

    public String suffix() {
      return suffix;
    }

    /** How many parameters the criterion takes. */
    public int arity() {
      return arity;
    }

    public boolean isEquality() {
      return this == IS || this == EQUALS;
    }
  }
}
