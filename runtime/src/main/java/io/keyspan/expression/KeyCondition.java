package io.keyspan.expression;

import java.util.List;
import java.util.Optional;

/**
 * A KeyConditionExpression: terms on distinct top-level attributes, one per key attribute. A table
 * or a single-attribute index key has one or two; a multi-attribute GSI key (up to four partition
 * and four sort attributes, Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html)
 * up to {@link #MAX_TERMS}. Which term is on which key attribute is decided against the table or
 * index being queried, since the expression text does not say.
 */
public record KeyCondition(List<Term> terms) {
  /** Four partition and four sort attributes, each with its term. */
  public static final int MAX_TERMS = 8;

  public KeyCondition {
    terms = List.copyOf(terms);
    if (terms.isEmpty() || terms.size() > MAX_TERMS) {
      throw new IllegalArgumentException(
          "a key condition has one to " + MAX_TERMS + " terms: " + terms);
    }
  }

  /** A partition-key equality alone. */
  public static KeyCondition of(Term partition) {
    return new KeyCondition(List.of(partition));
  }

  /** A partition-key equality and a sort-key term. */
  public static KeyCondition of(Term partition, Term sort) {
    return new KeyCondition(List.of(partition, sort));
  }

  /** The term on the given attribute, if any. */
  public Optional<Term> termOn(String attribute) {
    return terms.stream().filter(t -> t.attribute().equals(attribute)).findFirst();
  }

  /** A condition on one key attribute. */
  public sealed interface Term permits Compare, Between, BeginsWith {
    /** The key attribute's name. */
    String attribute();

    /** Dispatches to the visitor's method for this node's kind. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of key term; a new kind fails to compile in every walker. */
    interface Visitor<R> {
      R compare(Compare node);

      R between(Between node);

      R beginsWith(BeginsWith node);
    }
  }

  /** {@code attribute op value}; only {@code =} for a partition key, never {@code <>}. */
  public record Compare(String attribute, ComparisonOperator op, ValueOperand value)
      implements Term {
    @Override
    public <R> R accept(Term.Visitor<R> visitor) {
      return visitor.compare(this);
    }
  }

  /** {@code attribute BETWEEN lower AND upper}. */
  public record Between(String attribute, ValueOperand lower, ValueOperand upper) implements Term {
    @Override
    public <R> R accept(Term.Visitor<R> visitor) {
      return visitor.between(this);
    }
  }

  /** {@code begins_with(attribute, prefix)}, for S and B sort keys. */
  public record BeginsWith(String attribute, ValueOperand prefix) implements Term {
    @Override
    public <R> R accept(Term.Visitor<R> visitor) {
      return visitor.beginsWith(this);
    }
  }
}
