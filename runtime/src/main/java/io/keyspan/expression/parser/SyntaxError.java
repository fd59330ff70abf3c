package io.keyspan.expression.parser;

/**
 * The first token the grammar cannot accept. Thrown inside the parser only, and turned into an
 * {@link ExpressionError} before any caller sees it.
 */
final class SyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Token token;
  private final String detail;

  private SyntaxError(Token token, String detail) {
    super(null, null, false, false);
    this.token = token;
    this.detail = detail;
  }

  /** DynamoDB's syntax error at {@code token}, quoting the text {@code near} it. */
  static SyntaxError at(Token token, String near) {
    return new SyntaxError(
        token, "Syntax error; token: \"" + token.display() + "\", near: \"" + near + "\"");
  }

  /** Keyspan's own guard: nesting beyond {@code limit} would risk the parser's stack. */
  static SyntaxError tooDeep(Token token, int limit) {
    return new SyntaxError(token, Messages.nestingTooDeep(token.display(), limit));
  }

  /** The text after the "Invalid ...Expression: " prefix. */
  String detail() {
    return detail;
  }

  Token token() {
    return token;
  }
}
