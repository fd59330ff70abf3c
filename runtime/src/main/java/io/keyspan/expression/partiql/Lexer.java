package io.keyspan.expression.partiql;

import java.util.ArrayList;
import java.util.List;

/** Splits a statement into {@link Token}s. */
final class Lexer {
  private static final List<String> SYMBOLS =
      List.of(
          "<<", ">>", "<>", "!=", "<=", ">=", "<", ">", "=", ",", ".", "(", ")", "[", "]", "{", "}",
          ":", "*", "+", "-");

  private Lexer() {}

  static List<Token> tokens(String statement) {
    List<Token> tokens = new ArrayList<>();
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
            throw Errors.malformed("unterminated " + (c == '"' ? "quoted name" : "string"));
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
            new Token(c == '"' ? Token.Kind.QUOTED_NAME : Token.Kind.STRING, text.toString()));
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < statement.length()
            && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(Token.Kind.NUMBER, statement.substring(i, j)));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < statement.length()
            && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '_')) {
          j++;
        }
        tokens.add(new Token(Token.Kind.WORD, statement.substring(i, j)));
        i = j;
      } else if (c == '?') {
        tokens.add(new Token(Token.Kind.PARAMETER, "?"));
        i++;
      } else {
        String symbol = symbolAt(statement, i);
        tokens.add(new Token(Token.Kind.SYMBOL, symbol));
        i += symbol.length();
      }
    }
    tokens.add(new Token(Token.Kind.END, ""));
    return tokens;
  }

  private static String symbolAt(String statement, int at) {
    for (String symbol : SYMBOLS) {
      if (statement.startsWith(symbol, at)) {
        return symbol;
      }
    }
    throw Errors.malformed("unexpected character '" + statement.charAt(at) + "'");
  }
}
