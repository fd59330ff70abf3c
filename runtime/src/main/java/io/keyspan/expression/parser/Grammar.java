package io.keyspan.expression.parser;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.parser.Syntax.AddNode;
import io.keyspan.expression.parser.Syntax.AndNode;
import io.keyspan.expression.parser.Syntax.Arithmetic;
import io.keyspan.expression.parser.Syntax.BetweenNode;
import io.keyspan.expression.parser.Syntax.CallNode;
import io.keyspan.expression.parser.Syntax.CompareNode;
import io.keyspan.expression.parser.Syntax.ConditionNode;
import io.keyspan.expression.parser.Syntax.DeleteNode;
import io.keyspan.expression.parser.Syntax.FunctionNode;
import io.keyspan.expression.parser.Syntax.InNode;
import io.keyspan.expression.parser.Syntax.IndexStep;
import io.keyspan.expression.parser.Syntax.NameStep;
import io.keyspan.expression.parser.Syntax.NotNode;
import io.keyspan.expression.parser.Syntax.OperandNode;
import io.keyspan.expression.parser.Syntax.OrNode;
import io.keyspan.expression.parser.Syntax.PathNode;
import io.keyspan.expression.parser.Syntax.RepeatedClause;
import io.keyspan.expression.parser.Syntax.SetNode;
import io.keyspan.expression.parser.Syntax.Step;
import io.keyspan.expression.parser.Syntax.UpdateNode;
import io.keyspan.expression.parser.Syntax.ValueNode;
import io.keyspan.expression.parser.Token.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The recursive-descent parser for the grammars of DynamoDB's expressions. It accepts exactly the
 * shapes the grammar allows and builds {@link Syntax} nodes; everything else (function names,
 * operand counts, names, values) is the {@link Resolver}'s job.
 *
 * <pre>
 * condition ::= or
 * or        ::= and (OR and)*                 -- left-associative
 * and       ::= not (AND not)*
 * not       ::= NOT not | primary
 * primary   ::= ( or ) | operand comparator operand | operand BETWEEN operand AND operand
 *             | operand IN ( operand (, operand)* ) | call
 * operand   ::= path | :value | call | ( operand )
 * call      ::= word ( [operand (, operand)*] )
 * path      ::= name (. name | [ digits ])*    name ::= word | #name
 * update    ::= (SET set (, set)* | REMOVE path (, path)* | ADD path :value (, path :value)*
 *               | DELETE path :value (, path :value)*)+
 * set       ::= path = value              value ::= operand [(+ | -) operand] | ( value )
 * projection ::= path (, path)*
 * </pre>
 *
 * <p>Parentheses around an operand or a SET value are redundant and accepted, as DynamoDB accepts
 * them; whether a {@code (} opens a condition or an operand is read from the token after its
 * matching {@code )}, found once for every parenthesis, so parsing never backtracks.
 *
 * <p>The first token that does not fit ends parsing with a {@link SyntaxError} naming it and its
 * neighbours, as DynamoDB does.
 */
final class Grammar {
  private static final Set<String> CONDITION_KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
  private static final Set<String> UPDATE_KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE");
  private static final Set<Type> COMPARATORS =
      EnumSet.of(Type.EQ, Type.NE, Type.LT, Type.LE, Type.GT, Type.GE);

  /** How deep parentheses and NOT may nest; far beyond real use, well within any stack. */
  static final int MAX_NESTING = 200;

  private final String text;
  private final List<Token> tokens;
  private final Set<String> keywords;

  /** For each {@code (} token, the index of its matching {@code )}; -1 when unmatched. */
  private final int[] closing;

  private int index;
  private int nesting;

  private Grammar(String text, Set<String> keywords) {
    this.text = text;
    this.tokens = Lexer.tokenize(text);
    this.keywords = keywords;
    this.closing = matchParentheses(tokens);
  }

  private static int[] matchParentheses(List<Token> tokens) {
    int[] closing = new int[tokens.size()];
    Arrays.fill(closing, -1);
    ArrayDeque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).type() == Type.LPAREN) {
        open.push(i);
      } else if (tokens.get(i).type() == Type.RPAREN && !open.isEmpty()) {
        closing[open.pop()] = i;
      }
    }
    return closing;
  }

  /** The token after the {@code )} that closes the {@code (} at the current index, if matched. */
  private Token afterClosing() {
    int close = closing[index];
    return close < 0 ? peek() : tokens.get(close + 1);
  }

  static ConditionNode condition(String text) {
    Grammar grammar = new Grammar(text, CONDITION_KEYWORDS);
    ConditionNode condition = grammar.or();
    grammar.expect(Type.END);
    return condition;
  }

  static UpdateNode update(String text) {
    return new Grammar(text, UPDATE_KEYWORDS).updateClauses();
  }

  static List<PathNode> projection(String text) {
    Grammar grammar = new Grammar(text, Set.of());
    List<PathNode> paths = new ArrayList<>();
    paths.add(grammar.path());
    while (grammar.accept(Type.COMMA)) {
      paths.add(grammar.path());
    }
    grammar.expect(Type.END);
    return paths;
  }

  // ---------------------------------------------------------------- conditions

  private ConditionNode or() {
    ConditionNode left = and();
    while (peek().isKeyword("OR")) {
      index++;
      ConditionNode right = and();
      left = new OrNode(left, right, left.start(), right.end());
    }
    return left;
  }

  private ConditionNode and() {
    ConditionNode left = not();
    while (peek().isKeyword("AND")) {
      index++;
      ConditionNode right = not();
      left = new AndNode(left, right, left.start(), right.end());
    }
    return left;
  }

  private ConditionNode not() {
    Token token = peek();
    if (token.isKeyword("NOT")) {
      enter(token);
      ConditionNode condition = not();
      nesting--;
      return new NotNode(condition, token.start(), condition.end());
    }
    return primary();
  }

  private ConditionNode primary() {
    Token token = peek();
    if (token.type() == Type.LPAREN && !opensOperand(afterClosing())) {
      enter(token);
      ConditionNode inner = or();
      expect(Type.RPAREN);
      nesting--;
      return inner;
    }
    OperandNode operand = operand();
    token = peek();
    if (COMPARATORS.contains(token.type())) {
      index++;
      OperandNode right = operand();
      return new CompareNode(
          operand, comparator(token.type()), right, operand.start(), right.end());
    }
    if (token.isKeyword("BETWEEN")) {
      index++;
      OperandNode lower = operand();
      expectKeyword("AND");
      OperandNode upper = operand();
      return new BetweenNode(operand, lower, upper, operand.start(), upper.end());
    }
    if (token.isKeyword("IN")) {
      index++;
      expect(Type.LPAREN);
      List<OperandNode> candidates = new ArrayList<>();
      candidates.add(operand());
      while (accept(Type.COMMA)) {
        candidates.add(operand());
      }
      int end = expect(Type.RPAREN).end();
      return new InNode(operand, candidates, operand.start(), end);
    }
    // Of the operands, only a call can stand as a condition of its own.
    return operand.accept(
        new OperandNode.Visitor<ConditionNode>() {
          @Override
          public ConditionNode path(PathNode node) {
            throw error();
          }

          @Override
          public ConditionNode value(ValueNode node) {
            throw error();
          }

          @Override
          public ConditionNode call(CallNode node) {
            return new FunctionNode(node);
          }
        });
  }

  /** Whether a parenthesized group followed by this token is an operand, not a condition. */
  private static boolean opensOperand(Token after) {
    return COMPARATORS.contains(after.type())
        || after.isKeyword("BETWEEN")
        || after.isKeyword("IN");
  }

  /** Consumes an opening {@code (} or NOT, one level deeper. */
  private void enter(Token token) {
    if (++nesting > MAX_NESTING) {
      throw SyntaxError.tooDeep(token, MAX_NESTING);
    }
    index++;
  }

  private static ComparisonOperator comparator(Type type) {
    switch (type) {
      case EQ:
        return ComparisonOperator.EQ;
      case NE:
        return ComparisonOperator.NE;
      case LT:
        return ComparisonOperator.LT;
      case LE:
        return ComparisonOperator.LE;
      case GT:
        return ComparisonOperator.GT;
      case GE:
        return ComparisonOperator.GE;
      default:
        throw new IllegalArgumentException("not a comparator: " + type);
    }
  }

  // ------------------------------------------------------------------ operands

  private OperandNode operand() {
    Token token = peek();
    if (token.type() == Type.LPAREN) {
      enter(token);
      OperandNode inner = operand();
      expect(Type.RPAREN);
      nesting--;
      return inner;
    }
    if (token.type() == Type.VALUE_REF) {
      index++;
      return new ValueNode(token.text(), token.start(), token.end());
    }
    if (isName(token) && token.type() == Type.WORD && peekAt(1).type() == Type.LPAREN) {
      return call();
    }
    return path();
  }

  private CallNode call() {
    Token name = next();
    expect(Type.LPAREN);
    List<OperandNode> arguments = new ArrayList<>();
    if (peek().type() != Type.RPAREN) {
      arguments.add(operand());
      while (accept(Type.COMMA)) {
        arguments.add(operand());
      }
    }
    int end = expect(Type.RPAREN).end();
    return new CallNode(name.text(), arguments, name.start(), end);
  }

  private PathNode path() {
    Token first = peek();
    if (!isName(first)) {
      throw error();
    }
    index++;
    List<Step> steps = new ArrayList<>();
    steps.add(new NameStep(first.text(), first.start(), first.end()));
    int end = first.end();
    while (true) {
      if (accept(Type.DOT)) {
        Token name = peek();
        if (name.type() != Type.WORD && name.type() != Type.NAME_REF) {
          throw error();
        }
        index++;
        steps.add(new NameStep(name.text(), name.start(), name.end()));
        end = name.end();
      } else if (accept(Type.LBRACKET)) {
        Token digits = peek();
        Integer value = digits.type() == Type.NUMBER ? parseIndex(digits.text()) : null;
        if (value == null) {
          throw error();
        }
        index++;
        steps.add(new IndexStep(value));
        end = expect(Type.RBRACKET).end();
      } else {
        return new PathNode(steps, first.start(), end);
      }
    }
  }

  /** A list index, or null when it does not fit an int (DynamoDB has no such lists). */
  private static Integer parseIndex(String digits) {
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException tooLarge) {
      return null;
    }
  }

  private boolean isName(Token token) {
    return token.type() == Type.NAME_REF
        || (token.type() == Type.WORD && !keywords.contains(token.text().toUpperCase(Locale.ROOT)));
  }

  // ------------------------------------------------------------------- updates

  private UpdateNode updateClauses() {
    List<SetNode> set = new ArrayList<>();
    List<PathNode> remove = new ArrayList<>();
    List<AddNode> add = new ArrayList<>();
    List<DeleteNode> delete = new ArrayList<>();
    List<PathNode> targets = new ArrayList<>();
    List<RepeatedClause> repeated = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    do {
      Token keyword = peek();
      if (keyword.type() != Type.WORD || !keywords.contains(upper(keyword))) {
        throw error();
      }
      index++;
      String clause = upper(keyword);
      if (!seen.add(clause)) {
        repeated.add(new RepeatedClause(clause, keyword.start(), keyword.end()));
      }
      do {
        switch (clause) {
          case "SET":
            SetNode action = setAction();
            set.add(action);
            targets.add(action.path());
            break;
          case "REMOVE":
            PathNode path = path();
            remove.add(path);
            targets.add(path);
            break;
          case "ADD":
            PathNode added = path();
            add.add(new AddNode(added, valueReference()));
            targets.add(added);
            break;
          default:
            PathNode deleted = path();
            delete.add(new DeleteNode(deleted, valueReference()));
            targets.add(deleted);
            break;
        }
      } while (accept(Type.COMMA));
    } while (peek().type() != Type.END);
    return new UpdateNode(set, remove, add, delete, targets, repeated);
  }

  private static String upper(Token token) {
    return token.text().toUpperCase(Locale.ROOT);
  }

  private SetNode setAction() {
    PathNode path = path();
    expect(Type.EQ);
    SetValue value = setValue();
    int end = value.right() == null ? value.left().end() : value.right().end();
    return new SetNode(path, value.left(), value.arithmetic(), value.right(), path.start(), end);
  }

  /** The right-hand side of a SET action; {@code right} is null without arithmetic. */
  private record SetValue(OperandNode left, Arithmetic arithmetic, OperandNode right) {}

  private SetValue setValue() {
    Token token = peek();
    Token after = token.type() == Type.LPAREN ? afterClosing() : null;
    if (after != null && after.type() != Type.PLUS && after.type() != Type.MINUS) {
      enter(token); // parentheses around the whole value
      SetValue inner = setValue();
      expect(Type.RPAREN);
      nesting--;
      return inner;
    }
    OperandNode left = operand();
    Arithmetic arithmetic = Arithmetic.NONE;
    if (accept(Type.PLUS)) {
      arithmetic = Arithmetic.PLUS;
    } else if (accept(Type.MINUS)) {
      arithmetic = Arithmetic.MINUS;
    }
    OperandNode right = arithmetic == Arithmetic.NONE ? null : operand();
    return new SetValue(left, arithmetic, right);
  }

  private ValueNode valueReference() {
    Token token = expect(Type.VALUE_REF);
    return new ValueNode(token.text(), token.start(), token.end());
  }

  // -------------------------------------------------------------------- tokens

  private Token peek() {
    return tokens.get(index);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private Token next() {
    return tokens.get(index++);
  }

  private boolean accept(Type type) {
    if (peek().type() == type) {
      index++;
      return true;
    }
    return false;
  }

  private Token expect(Type type) {
    if (peek().type() != type) {
      throw error();
    }
    return next();
  }

  private void expectKeyword(String keyword) {
    if (!peek().isKeyword(keyword)) {
      throw error();
    }
    index++;
  }

  /**
   * A syntax error at the current token. DynamoDB quotes the text from the previous token to the
   * next one: "SET _123" for the token "_", "foo" for the end of input after "foo".
   */
  private SyntaxError error() {
    Token token = peek();
    Token previous = index > 0 ? tokens.get(index - 1) : null;
    int start = previous != null ? previous.start() : token.start();
    int end;
    if (token.type() == Type.END) {
      end = previous != null ? previous.end() : token.start();
    } else {
      Token following = tokens.get(index + 1);
      end = following.type() == Type.END ? token.end() : following.end();
    }
    return SyntaxError.at(token, text.substring(start, end));
  }
}
