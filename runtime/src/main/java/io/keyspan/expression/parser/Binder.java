package io.keyspan.expression.parser;

import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.ValueOperand;
import io.keyspan.expression.ValueRewriter;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the {@link Placeholder}s of a tree with {@link Literal}s from a map of values, as a
 * request's ExpressionAttributeValues would. A placeholder without a value is reported with
 * DynamoDB's message ("Invalid ConditionExpression: An expression attribute value used in
 * expression is not defined; attribute value: :v"). Literals already in the tree stay.
 *
 * <p>Binding does not check the bound constants; run {@link StaticChecks} on the result. One binder
 * may bind several trees; {@link #usedPlaceholders()} collects what all of them used.
 */
public final class Binder {
  private final Map<String, AttributeValue> values;
  private final Set<String> used = new LinkedHashSet<>();

  private Binder(Map<String, AttributeValue> values) {
    this.values = Map.copyOf(values);
  }

  public static Binder of(Map<String, AttributeValue> values) {
    return new Binder(values);
  }

  /** Binds a condition or filter; {@code kind} names it in messages. */
  public ParseResult<Condition> tryBind(Condition condition, ExpressionKind kind) {
    Problems problems = new Problems(kind);
    return problems.result(rewriter(problems).rewrite(condition));
  }

  public ParseResult<KeyCondition> tryBind(KeyCondition keyCondition) {
    Problems problems = new Problems(ExpressionKind.KEY_CONDITION);
    return problems.result(rewriter(problems).rewrite(keyCondition));
  }

  public ParseResult<UpdateExpression> tryBind(UpdateExpression update) {
    Problems problems = new Problems(ExpressionKind.UPDATE);
    return problems.result(rewriter(problems).rewrite(update));
  }

  /** Like {@link #tryBind(Condition, ExpressionKind)}, throwing ValidationException. */
  public Condition bind(Condition condition, ExpressionKind kind) {
    return tryBind(condition, kind).orThrow();
  }

  public KeyCondition bind(KeyCondition keyCondition) {
    return tryBind(keyCondition).orThrow();
  }

  public UpdateExpression bind(UpdateExpression update) {
    return tryBind(update).orThrow();
  }

  /** The placeholders bound so far by this binder, in first-use order. */
  public Set<String> usedPlaceholders() {
    return Collections.unmodifiableSet(used);
  }

  /** One binding pass, reporting into one {@link Problems}. */
  private ValueRewriter rewriter(Problems problems) {
    return new ValueRewriter(
        operand ->
            operand.accept(
                new ValueOperand.Visitor<ValueOperand>() {
                  @Override
                  public ValueOperand literal(Literal literal) {
                    return literal;
                  }

                  @Override
                  public ValueOperand placeholder(Placeholder placeholder) {
                    AttributeValue value = values.get(placeholder.name());
                    if (value == null) {
                      problems.addUnplaced(
                          Rule.UNDEFINED_PLACEHOLDER, Messages.undefinedValue(placeholder.name()));
                      return placeholder;
                    }
                    used.add(placeholder.name());
                    return new Literal(value);
                  }
                }));
  }
}
