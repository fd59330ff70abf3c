package io.keyspan.expression.partiql;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one PartiQL statement. The clauses that mean what DynamoDB's expressions mean (WHERE, SET,
 * REMOVE, the projection) are rewritten token by token into expression text with {@code #name} and
 * {@code :value} placeholders and parsed by the one {@link ExpressionParser}, so they become the
 * same trees, checked by the same rules.
 */
public final class StatementParser {
  private static final Set<String> OPERATOR_WORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
  private static final Set<String> CLAUSE_WORDS = Set.of("SET", "REMOVE", "WHERE", "RETURNING");

  private final List<PartiqlToken> tokens;
  private final List<AttributeValue> parameters;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();
  private int at;
  private int nextParameter;

  private StatementParser(String statement, List<AttributeValue> parameters) {
    this.tokens = PartiqlLexer.tokens(statement);
    this.parameters = parameters;
  }

  /**
   * The statement with its {@code ?} parameters bound in order.
   *
   * @throws ValidationException with DynamoDB's text if the statement is malformed or the number of
   *     parameters does not match
   */
  public static Statement parse(String statement, List<AttributeValue> parameters) {
    StatementParser parser = new StatementParser(statement, parameters);
    Statement parsed = parser.statement();
    parser.expect(PartiqlToken.Kind.END, "end of statement");
    // Too few parameters fail where a ? finds none; DynamoDB ignores extra ones.
    return parsed;
  }

  private Statement statement() {
    PartiqlToken first = next();
    if (first.isWord("SELECT")) {
      return select();
    }
    if (first.isWord("INSERT")) {
      expectWord("INTO");
      String table = name();
      expectWord("VALUE");
      AttributeValue item = value();
      if (!(item instanceof AttributeValue.M map)) {
        throw PartiqlErrors.malformed("INSERT takes a map of attributes");
      }
      return new Statement.Insert(table, map.values());
    }
    if (first.isWord("UPDATE")) {
      return modify();
    }
    if (first.isWord("DELETE")) {
      expectWord("FROM");
      String table = name();
      Condition where = where();
      Statement.Returning returning = returning();
      if (returning != Statement.Returning.NOTHING && returning != Statement.Returning.ALL_OLD) {
        throw PartiqlErrors.malformed("DELETE can only return ALL OLD *"); // Keyspan's detail
      }
      return new Statement.Delete(table, where, returning);
    }
    throw PartiqlErrors.malformed("unexpected " + describe(first));
  }

  private Statement.Select select() {
    List<String> projected = new ArrayList<>();
    if (peek().isSymbol("*")) {
      next();
    } else {
      do {
        projected.add(pathText());
      } while (acceptSymbol(","));
    }
    expectWord("FROM");
    String table = name();
    String index = acceptSymbol(".") ? name() : null;
    Condition where = peek().isWord("WHERE") ? where() : null;
    Projection projection =
        projected.isEmpty() ? null : parser().projection(String.join(", ", projected));
    return new Statement.Select(table, index, projection, where);
  }

  private Statement.Modify modify() {
    String table = name();
    List<String> sets = new ArrayList<>();
    List<String> removes = new ArrayList<>();
    while (true) {
      if (acceptWord("SET")) {
        sets.add(expressionText());
      } else if (acceptWord("REMOVE")) {
        removes.add(expressionText());
      } else {
        break;
      }
    }
    if (sets.isEmpty() && removes.isEmpty()) {
      throw PartiqlErrors.malformed("UPDATE needs SET or REMOVE");
    }
    String text =
        (sets.isEmpty() ? "" : "SET " + String.join(", ", sets) + " ")
            + (removes.isEmpty() ? "" : "REMOVE " + String.join(", ", removes));
    Condition where = where();
    UpdateExpression update = parser().update(text.trim());
    return new Statement.Modify(table, update, where, returning());
  }

  /** {@code [RETURNING (ALL | MODIFIED) (OLD | NEW) *]}. */
  private Statement.Returning returning() {
    if (!acceptWord("RETURNING")) {
      return Statement.Returning.NOTHING;
    }
    boolean all = acceptWord("ALL");
    if (!all) {
      expectWord("MODIFIED");
    }
    boolean old = acceptWord("OLD");
    if (!old) {
      expectWord("NEW");
    }
    expectSymbol("*");
    return all
        ? (old ? Statement.Returning.ALL_OLD : Statement.Returning.ALL_NEW)
        : (old ? Statement.Returning.MODIFIED_OLD : Statement.Returning.MODIFIED_NEW);
  }

  /** {@code WHERE <condition>}, required. */
  private Condition where() {
    expectWord("WHERE");
    // The text first: the parser must see the placeholders the clause adds.
    String text = expressionText();
    return parser().condition(ExpressionKind.CONDITION, text);
  }

  /** A parser over the placeholders this statement has collected so far. */
  private ExpressionParser parser() {
    return ExpressionParser.forRequest(names, values);
  }

  // ---------------------------------------------------------------- rewriting

  /** The tokens up to the next clause keyword, as DynamoDB expression text. */
  private String expressionText() {
    StringBuilder text = new StringBuilder();
    boolean afterOperand = false;
    while (peek().kind() != PartiqlToken.Kind.END && !isClauseWord(peek())) {
      PartiqlToken token = peek();
      String piece;
      if (token.kind() == PartiqlToken.Kind.WORD && OPERATOR_WORDS.contains(upper(token))) {
        next();
        piece = upper(token);
        if (piece.equals("IN") && peek().isSymbol("[")) {
          piece = "IN " + inList();
          afterOperand = true;
          text.append(' ').append(piece);
          continue;
        }
        afterOperand = false;
      } else if (token.isName() && !isLiteralWord(token)) {
        if (token.kind() == PartiqlToken.Kind.WORD && tokens.get(at + 1).isSymbol("(")) {
          next();
          piece = token.text();
          afterOperand = false;
        } else {
          piece = pathText();
          afterOperand = true;
        }
      } else if (token.isSymbol("-") && afterOperand
          || token.kind() == PartiqlToken.Kind.SYMBOL && !startsValue(token)) {
        next();
        piece = token.isSymbol("!=") ? "<>" : token.text();
        afterOperand = token.isSymbol(")");
      } else {
        piece = placeholder(value());
        afterOperand = true;
      }
      text.append(' ').append(piece);
    }
    return text.toString().trim();
  }

  /** {@code IN [a, b]} becomes {@code IN (:v1, :v2)}. */
  private String inList() {
    expectSymbol("[");
    List<String> candidates = new ArrayList<>();
    do {
      candidates.add(placeholder(value()));
    } while (acceptSymbol(","));
    expectSymbol("]");
    return "(" + String.join(", ", candidates) + ")";
  }

  /** A document path, {@code a.b[1]."c d"}, with every name as a {@code #name}. */
  private String pathText() {
    StringBuilder path = new StringBuilder(nameRef(name()));
    while (true) {
      if (peek().isSymbol(".")) {
        next();
        path.append('.').append(nameRef(name()));
      } else if (peek().isSymbol("[") && tokens.get(at + 1).kind() == PartiqlToken.Kind.NUMBER) {
        next();
        path.append('[').append(next().text()).append(']');
        expectSymbol("]");
      } else {
        return path.toString();
      }
    }
  }

  private String nameRef(String name) {
    for (Map.Entry<String, String> entry : names.entrySet()) {
      if (entry.getValue().equals(name)) {
        return entry.getKey();
      }
    }
    String key = "#p" + names.size();
    names.put(key, name);
    return key;
  }

  private String placeholder(AttributeValue value) {
    String key = ":p" + values.size();
    values.put(key, value);
    return key;
  }

  // ---------------------------------------------------------------- values

  /** A literal: string, number, boolean, null, list, map, set, or a {@code ?} parameter. */
  private AttributeValue value() {
    PartiqlToken token = next();
    switch (token.kind()) {
      case STRING:
        return AttributeValue.s(token.text());
      case NUMBER:
        return number(token.text());
      case PARAMETER:
        if (nextParameter >= parameters.size()) {
          throw PartiqlErrors.parameterCount();
        }
        return parameters.get(nextParameter++);
      case WORD:
        if (token.isWord("TRUE") || token.isWord("FALSE")) {
          return AttributeValue.bool(token.isWord("TRUE"));
        }
        if (token.isWord("NULL")) {
          return AttributeValue.nul();
        }
        break;
      case SYMBOL:
        return composite(token);
      default:
        break;
    }
    throw PartiqlErrors.malformed("unexpected " + describe(token));
  }

  private AttributeValue composite(PartiqlToken open) {
    if (open.isSymbol("-") && peek().kind() == PartiqlToken.Kind.NUMBER) {
      return number("-" + next().text());
    }
    if (open.isSymbol("[")) {
      List<AttributeValue> elements = new ArrayList<>();
      if (!acceptSymbol("]")) {
        do {
          elements.add(value());
        } while (acceptSymbol(","));
        expectSymbol("]");
      }
      return AttributeValue.l(elements);
    }
    if (open.isSymbol("{")) {
      Map<String, AttributeValue> members = new LinkedHashMap<>();
      if (!acceptSymbol("}")) {
        do {
          PartiqlToken key = next();
          if (key.kind() != PartiqlToken.Kind.STRING) {
            throw PartiqlErrors.malformed("unexpected " + describe(key));
          }
          expectSymbol(":");
          members.put(key.text(), value());
        } while (acceptSymbol(","));
        expectSymbol("}");
      }
      return AttributeValue.m(members);
    }
    if (open.isSymbol("<<")) {
      List<AttributeValue> members = new ArrayList<>();
      do {
        members.add(value());
      } while (acceptSymbol(","));
      expectSymbol(">>");
      return set(members);
    }
    throw PartiqlErrors.malformed("unexpected " + describe(open));
  }

  private static AttributeValue set(List<AttributeValue> members) {
    if (members.stream().allMatch(member -> member instanceof AttributeValue.S)) {
      return AttributeValue.ss(members.stream().map(m -> ((AttributeValue.S) m).value()).toList());
    }
    if (members.stream().allMatch(member -> member instanceof AttributeValue.N)) {
      return AttributeValue.ns(
          members.stream().map(m -> ((AttributeValue.N) m).value().toPlainString()).toList());
    }
    throw PartiqlErrors.malformed("a set's members must all be strings or all be numbers");
  }

  private static AttributeValue number(String text) {
    try {
      return AttributeValue.n(text);
    } catch (RuntimeException e) {
      throw PartiqlErrors.malformed("invalid number " + text);
    }
  }

  // ---------------------------------------------------------------- tokens

  private String name() {
    PartiqlToken token = next();
    if (!token.isName()) {
      throw PartiqlErrors.malformed("expected a name but found " + describe(token));
    }
    return token.text();
  }

  private static boolean startsValue(PartiqlToken token) {
    return token.isSymbol("[")
        || token.isSymbol("{")
        || token.isSymbol("<<")
        || token.isSymbol("-");
  }

  private static boolean isLiteralWord(PartiqlToken token) {
    return token.isWord("TRUE") || token.isWord("FALSE") || token.isWord("NULL");
  }

  private static boolean isClauseWord(PartiqlToken token) {
    return token.kind() == PartiqlToken.Kind.WORD && CLAUSE_WORDS.contains(upper(token));
  }

  private static String upper(PartiqlToken token) {
    return token.text().toUpperCase(java.util.Locale.ROOT);
  }

  private PartiqlToken peek() {
    return tokens.get(at);
  }

  private PartiqlToken next() {
    PartiqlToken token = tokens.get(at);
    if (token.kind() != PartiqlToken.Kind.END) {
      at++;
    }
    return token;
  }

  private boolean acceptSymbol(String symbol) {
    if (peek().isSymbol(symbol)) {
      next();
      return true;
    }
    return false;
  }

  private boolean acceptWord(String word) {
    if (peek().isWord(word)) {
      next();
      return true;
    }
    return false;
  }

  private void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw PartiqlErrors.malformed("expected " + symbol + " but found " + describe(peek()));
    }
  }

  private void expectWord(String word) {
    if (!acceptWord(word)) {
      throw PartiqlErrors.malformed("expected " + word + " but found " + describe(peek()));
    }
  }

  private void expect(PartiqlToken.Kind kind, String what) {
    if (peek().kind() != kind) {
      throw PartiqlErrors.malformed("expected " + what + " but found " + describe(peek()));
    }
  }

  private static String describe(PartiqlToken token) {
    return token.kind() == PartiqlToken.Kind.END ? "end of statement" : "'" + token.text() + "'";
  }
}
