package io.keyspan.expression.parser;

import io.keyspan.exception.ValidationException;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing, binding or checking an expression: the tree, or the errors that stop it.
 * Errors come in the order DynamoDB ranks them, so the first one is the message DynamoDB would
 * return; a syntax error is always reported alone.
 *
 * @param <T> the tree type ({@code Condition}, {@code KeyCondition}, {@code Update}, {@code
 *     Projection})
 */
public final class ParseResult<T> {
  private final T tree;
  private final List<ExpressionError> errors;

  private ParseResult(T tree, List<ExpressionError> errors) {
    this.tree = tree;
    this.errors = List.copyOf(errors);
  }

  public static <T> ParseResult<T> success(T tree) {
    if (tree == null) {
      throw new NullPointerException("tree");
    }
    return new ParseResult<>(tree, List.of());
  }

  public static <T> ParseResult<T> failure(List<ExpressionError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failed result has at least one error");
    }
    return new ParseResult<>(null, errors);
  }

  public boolean isSuccess() {
    return errors.isEmpty();
  }

  /** The tree, if there were no errors. */
  public Optional<T> tree() {
    return Optional.ofNullable(tree);
  }

  /** The errors, most important first; empty on success. */
  public List<ExpressionError> errors() {
    return errors;
  }

  /** The tree, or a {@link ValidationException} carrying the first error's message. */
  public T orThrow() {
    if (!isSuccess()) {
      throw new ValidationException(errors.get(0).message());
    }
    return tree;
  }

  @Override
  public String toString() {
    return isSuccess() ? "ParseResult[" + tree + "]" : "ParseResult" + errors;
  }
}
