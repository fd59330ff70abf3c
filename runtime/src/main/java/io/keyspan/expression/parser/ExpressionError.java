package io.keyspan.expression.parser;

/**
 * One reason an expression is invalid: DynamoDB's message (for the request-level rules exactly the
 * text DynamoDB returns, prefix included, as in {@code Invalid UpdateExpression: Syntax error;
 * token: "_", near: "SET _123"}) and the span of the expression text it concerns.
 *
 * @param message the complete message, as a {@code ValidationException} would carry it
 * @param offset where the offending text starts, in UTF-16 units; {@link #NO_POSITION} when the
 *     error concerns a tree that was not parsed from text
 * @param length the length of the offending text; 0 at the end of the text or without position
 */
public record ExpressionError(String message, int offset, int length) {
  /** The offset of an error that has no place in any text. */
  public static final int NO_POSITION = -1;

  public ExpressionError {
    if (message == null || message.isEmpty()) {
      throw new IllegalArgumentException("an expression error has a message");
    }
    if (offset < NO_POSITION || length < 0) {
      throw new IllegalArgumentException("bad span " + offset + "+" + length);
    }
  }

  /** An error about a tree as a whole, with no place in any text. */
  public static ExpressionError unplaced(String message) {
    return new ExpressionError(message, NO_POSITION, 0);
  }

  public boolean hasPosition() {
    return offset != NO_POSITION;
  }
}
