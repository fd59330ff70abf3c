package io.keyspan.expression.partiql;

import java.util.ArrayList;
import java.util.List;

/** Splits a statement into {@link PartiqlToken}s. */
final class PartiqlLexer {
  private static final List<String> SYMBOLS =
      List.of(
          "<<", ">>", "<>", "!=", "<=", ">=", "<", ">", "=", ",", ".", "(", ")", "[", "]", "{", "}",
          ":", "*", "+", "-");

  private PartiqlLexer() {}

  static List<PartiqlToken> tokens(String statement) {
    List<PartiqlToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < statement.length()) {
      char c = statement.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (true) {
          if (j >= statement.length()) {
            throw PartiqlErrors.malformed("unterminated " + (c == '"' ? "quoted name" : "string"));
          }
          if (statement.charAt(j) == c) {
            // A doubled quote stands for itself.
            if (j + 1 < statement.length() && statement.charAt(j + 1) == c) {
              text.append(c);
              j += 2;
              continue;
            }
            break;
          }
          text.append(statement.charAt(j++));
        }
        tokens.add(
            new PartiqlToken(
                c == '"' ? PartiqlToken.Kind.QUOTED_NAME : PartiqlToken.Kind.STRING,
                text.toString()));
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < statement.length()
            && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new PartiqlToken(PartiqlToken.Kind.NUMBER, statement.substring(i, j)));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < statement.length()
            && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '_')) {
          j++;
        }
        tokens.add(new PartiqlToken(PartiqlToken.Kind.WORD, statement.substring(i, j)));
        i = j;
      } else if (c == '?') {
        tokens.add(new PartiqlToken(PartiqlToken.Kind.PARAMETER, "?"));
        i++;
      } else {
        String symbol = symbolAt(statement, i);
        tokens.add(new PartiqlToken(PartiqlToken.Kind.SYMBOL, symbol));
        i += symbol.length();
      }
    }
    tokens.add(new PartiqlToken(PartiqlToken.Kind.END, ""));
    return tokens;
  }

  private static String symbolAt(String statement, int at) {
    for (String symbol : SYMBOLS) {
      if (statement.startsWith(symbol, at)) {
        return symbol;
      }
    }
    throw PartiqlErrors.malformed("unexpected character '" + statement.charAt(at) + "'");
  }
}
