package io.keyspan.expression.parser;

/**
 * The first token the grammar cannot accept. Thrown inside the parser only, and turned into an
 * {@link ExpressionError} before any caller sees it.
 */
final class SyntaxError extends RuntimeException {
  private final transient Token token;
  private final String near;

  SyntaxError(Token token, String near) {
    super(null, null, false, false);
    this.token = token;
    this.near = near;
  }

  /** DynamoDB's text after the "Invalid ...Expression: " prefix. */
  String detail() {
    return "Syntax error; token: \"" + token.display() + "\", near: \"" + near + "\"";
  }

  Token token() {
    return token;
  }
}
