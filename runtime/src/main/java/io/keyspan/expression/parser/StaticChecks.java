package io.keyspan.expression.parser;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.Problems.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules DynamoDB applies to an expression before it reads any item, checked on a tree however
 * it was built: parsed from text, or made by the typed DSL. Constants ({@link
 * io.keyspan.expression.Literal}s) are checked against the operators they meet; {@link
 * io.keyspan.expression.Placeholder}s are skipped, so run these again after {@link Binder binding}.
 * Item attributes are never involved: a wrong type found in the item makes a condition false, not
 * invalid (Developer Guide Expressions.OperatorsAndFunctions).
 *
 * <p>The checks: ordering comparisons and BETWEEN with constants that have no order; BETWEEN
 * constant bounds of different types or in reverse order; begins_with, attribute_type, {@code +},
 * {@code -}, list_append, ADD and DELETE with constants of the wrong type; identical operands of a
 * comparison or function ({@code contains(a, a)}); list_append directly inside list_append; more
 * than 100 IN candidates; paths deeper than 32; clashing update or projection paths; more than 300
 * operators and functions in an update.
 */
public final class StaticChecks {
  /** DynamoDB's limit on the operands of IN. */
  public static final int MAX_IN_CANDIDATES = 100;

  /** DynamoDB's limit on the operators and functions of one update expression. */
  public static final int MAX_UPDATE_OPERATORS = 300;

  private StaticChecks() {}

  /** Checks a condition or filter; {@code kind} is CONDITION or FILTER and names the messages. */
  public static ParseResult<Condition> condition(Condition condition, ExpressionKind kind) {
    Problems problems = new Problems(kind);
    ConditionChecks.check(condition, problems);
    return problems.result(condition);
  }

  /**
   * Checks a key condition: its constants, and the term shapes a tree built in code could get wrong
   * ({@code <>}, two terms on one attribute, among up to eight for a multi-attribute key), with the
   * messages DynamoDB gives for the text.
   */
  public static ParseResult<KeyCondition> keyCondition(KeyCondition keyCondition) {
    Problems problems = new Problems(ExpressionKind.KEY_CONDITION);
    List<KeyCondition.Term> terms = keyCondition.terms();
    for (KeyCondition.Term term : terms) {
      ConditionChecks.check(term.accept(new KeyTermChecks(problems)), problems);
    }
    Set<String> attributes = new HashSet<>();
    for (KeyCondition.Term term : terms) {
      if (!attributes.add(term.attribute())) {
        problems.addUnprefixed(
            Rule.KEY_CONDITION, Messages.keyConditionOnePerKey(), ExpressionError.NO_POSITION, 0);
        break;
      }
    }
    return problems.result(keyCondition);
  }

  public static ParseResult<UpdateExpression> update(UpdateExpression update) {
    Problems problems = new Problems(ExpressionKind.UPDATE);
    PathClashes.check(
        update.actions().stream().map(UpdateExpression.Action::path).toList(), problems);
    UpdateChecks.check(update, problems);
    return problems.result(update);
  }

  public static ParseResult<Projection> projection(Projection projection) {
    Problems problems = new Problems(ExpressionKind.PROJECTION);
    checkProjection(projection, problems);
    return problems.result(projection);
  }

  static void checkProjection(Projection projection, Problems problems) {
    PathClashes.check(projection.paths(), problems);
    projection.paths().forEach(path -> checkDepth(path, problems));
  }

  static void checkDepth(Path path, Problems problems) {
    if (path.depth() > Path.MAX_DEPTH) {
      problems.addUnplaced(Rule.LIMIT, Messages.nestingLevels(path.depth()));
    }
  }

  /**
   * Reports what only a key term can get wrong ({@code <>}) and gives the term as the condition it
   * stands for, whose constants the condition checks then check.
   */
  private static final class KeyTermChecks implements KeyCondition.Term.Visitor<Condition> {
    private final Problems problems;

    KeyTermChecks(Problems problems) {
      this.problems = problems;
    }

    @Override
    public Condition compare(KeyCondition.Compare term) {
      if (term.op() == ComparisonOperator.NE) {
        problems.addUnprefixed(
            Rule.KEY_CONDITION,
            Messages.keyConditionOperator("<>"),
            ExpressionError.NO_POSITION,
            0);
      }
      return new Condition.Compare(Path.of(term.attribute()), term.op(), term.value());
    }

    @Override
    public Condition between(KeyCondition.Between term) {
      return new Condition.Between(Path.of(term.attribute()), term.lower(), term.upper());
    }

    @Override
    public Condition beginsWith(KeyCondition.BeginsWith term) {
      return new Condition.BeginsWith(Path.of(term.attribute()), term.prefix());
    }
  }
}
