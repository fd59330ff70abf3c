package io.keyspan.expression.parser;

/** One lexical token with its place in the expression text ({@code end} exclusive). */
record Token(Type type, String text, int start, int end) {

  enum Type {
    /** A bare word: an attribute name, a function name or a keyword. */
    WORD,
    /** {@code #name}. */
    NAME_REF,
    /** {@code :value}. */
    VALUE_REF,
    /** Decimal digits, as in a list index. */
    NUMBER,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    DOT,
    COMMA,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    PLUS,
    MINUS,
    /** A character no token starts with, such as {@code _} or {@code !}. */
    UNKNOWN,
    END
  }

  /** The token as DynamoDB names it in "Syntax error; token: ..." messages. */
  String display() {
    return type == Type.END ? "<EOF>" : text;
  }

  /** Whether this is the given keyword; keywords are case-insensitive. */
  boolean isKeyword(String keyword) {
    return type == Type.WORD && text.equalsIgnoreCase(keyword);
  }
}
