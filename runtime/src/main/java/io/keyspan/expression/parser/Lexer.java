package io.keyspan.expression.parser;

import io.keyspan.expression.parser.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into tokens. A character that starts no token becomes an {@link
 * Type#UNKNOWN} token of its own, so the parser reports it where it reaches it, as DynamoDB does
 * ({@code SET _123} fails on the token {@code _}).
 */
final class Lexer {
  private final String text;
  private int position;

  private Lexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, ending with one {@link Type#END} token. */
  static List<Token> tokenize(String text) {
    return new Lexer(text).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (position >= text.length()) {
        tokens.add(new Token(Type.END, "", text.length(), text.length()));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipWhitespace() {
    while (position < text.length() && isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private Token next() {
    int start = position;
    char c = text.charAt(position);
    if (isLetter(c)) {
      position++;
      skipNameCharacters();
      return token(Type.WORD, start);
    }
    if (isDigit(c)) {
      while (position < text.length() && isDigit(text.charAt(position))) {
        position++;
      }
      return token(Type.NUMBER, start);
    }
    if ((c == '#' || c == ':')
        && position + 1 < text.length()
        && isNameCharacter(text.charAt(position + 1))) {
      position++;
      skipNameCharacters();
      return token(c == '#' ? Type.NAME_REF : Type.VALUE_REF, start);
    }
    switch (c) {
      case '(':
        return single(Type.LPAREN);
      case ')':
        return single(Type.RPAREN);
      case '[':
        return single(Type.LBRACKET);
      case ']':
        return single(Type.RBRACKET);
      case '.':
        return single(Type.DOT);
      case ',':
        return single(Type.COMMA);
      case '=':
        return single(Type.EQ);
      case '+':
        return single(Type.PLUS);
      case '-':
        return single(Type.MINUS);
      case '<':
        if (follows('>')) {
          return pair(Type.NE);
        }
        return follows('=') ? pair(Type.LE) : single(Type.LT);
      case '>':
        return follows('=') ? pair(Type.GE) : single(Type.GT);
      default:
        position += Character.charCount(text.codePointAt(position));
        return token(Type.UNKNOWN, start);
    }
  }

  private boolean follows(char expected) {
    return position + 1 < text.length() && text.charAt(position + 1) == expected;
  }

  private Token single(Type type) {
    position++;
    return token(type, position - 1);
  }

  private Token pair(Type type) {
    position += 2;
    return token(type, position - 2);
  }

  private Token token(Type type, int start) {
    return new Token(type, text.substring(start, position), start, position);
  }

  private void skipNameCharacters() {
    while (position < text.length() && isNameCharacter(text.charAt(position))) {
      position++;
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The characters after the first of a name, and of a {@code #name} or {@code :value}. */
  static boolean isNameCharacter(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
  }
}
