package io.keyspan.expression.parser;

import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.parser.Syntax.Spanned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors of one expression. DynamoDB reports only one; {@link #sorted()} puts them in
 * the order of its checks (the rank of {@link Rule}, then the order found), so the first is the one
 * DynamoDB would return and the rest are extra help for compile-time users.
 */
final class Problems {

  /**
   * The kinds of error, in the order DynamoDB ranks them in conditions (dynalite's
   * conditionParser); update expressions differ only in checking reserved words first.
   */
  enum Rule {
    EXPRESSION,
    UNKNOWN_FUNCTION,
    MISUSED_FUNCTION,
    RESERVED_WORD,
    REPEATED_CLAUSE,
    UNDEFINED_PLACEHOLDER,
    PATH_OVERLAP,
    OPERAND_COUNT,
    DISTINCT_OPERANDS,
    OPERAND_TYPE,
    LIMIT,
    KEY_CONDITION
  }

  private record Entry(Rule rule, ExpressionError error) {}

  private final ExpressionKind kind;
  private final List<Entry> entries = new ArrayList<>();

  Problems(ExpressionKind kind) {
    this.kind = kind;
  }

  ExpressionKind kind() {
    return kind;
  }

  /** An error whose message is "Invalid &lt;Kind&gt;: " + detail, pointing at {@code where}. */
  void add(Rule rule, String detail, Spanned where) {
    add(rule, detail, where.start(), where.end() - where.start());
  }

  void add(Rule rule, String detail, int offset, int length) {
    entries.add(
        new Entry(rule, new ExpressionError(Messages.prefixed(kind, detail), offset, length)));
  }

  /** An error about a tree that has no text to point at. */
  void addUnplaced(Rule rule, String detail) {
    entries.add(new Entry(rule, ExpressionError.unplaced(Messages.prefixed(kind, detail))));
  }

  /** An error whose message DynamoDB sends without the kind prefix. */
  void addUnprefixed(Rule rule, String message, int offset, int length) {
    entries.add(new Entry(rule, new ExpressionError(message, offset, length)));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  List<ExpressionError> sorted() {
    return entries.stream()
        .sorted(Comparator.comparingInt(entry -> rank(entry.rule())))
        .map(Entry::error)
        .toList();
  }

  /** The rule's rank; update expressions check reserved words first (dynalite updateParser). */
  private int rank(Rule rule) {
    return kind == ExpressionKind.UPDATE && rule == Rule.RESERVED_WORD ? -1 : rule.ordinal();
  }

  /** The tree if nothing was found, else the errors. */
  <T> ParseResult<T> result(T tree) {
    return isEmpty() ? ParseResult.success(tree) : ParseResult.failure(sorted());
  }
}
