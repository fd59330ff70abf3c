package io.keyspan.expression;

/** The comparison operators of condition, filter and key-condition expressions. */
public enum ComparisonOperator {
  EQ("="),
  NE("<>"),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in expression text. */
  public String symbol() {
    return symbol;
  }

  /** Whether the result follows from the order of the operands (S, N and B only). */
  public boolean isOrdering() {
    return this != EQ && this != NE;
  }
}
