package io.keyspan.expression.partiql;

/**
 * One lexical unit of a statement.
 *
 * @param text a name without its quotes, a string's contents, a number's digits, or the symbol
 */
record PartiqlToken(Kind kind, String text) {
  enum Kind {
    /** A bare name or keyword; keywords are matched case-insensitively. */
    WORD,
    /** A double-quoted name: never a keyword. */
    QUOTED_NAME,
    STRING,
    NUMBER,
    /** {@code ?}, a parameter. */
    PARAMETER,
    SYMBOL,
    END
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
  }
}
