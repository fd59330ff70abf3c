package io.keyspan.expression.parser;

import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the {@link Placeholder}s of a tree with {@link Literal}s from a map of values, as a
 * request's ExpressionAttributeValues would. A placeholder without a value is reported with
 * DynamoDB's message ("Invalid ConditionExpression: An expression attribute value used in
 * expression is not defined; attribute value: :v"). Literals already in the tree stay.
 *
 * <p>Binding does not check the bound constants; run {@link StaticChecks} on the result. One
 * binder may bind several trees; {@link #usedPlaceholders()} collects what all of them used.
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
    return problems.result(new Run(problems).condition(condition));
  }

  public ParseResult<KeyCondition> tryBind(KeyCondition keyCondition) {
    Problems problems = new Problems(ExpressionKind.KEY_CONDITION);
    Run run = new Run(problems);
    List<KeyCondition.Term> terms = new ArrayList<>();
    for (KeyCondition.Term term : keyCondition.terms()) {
      terms.add(run.term(term));
    }
    return problems.result(new KeyCondition(terms));
  }

  public ParseResult<Update> tryBind(Update update) {
    Problems problems = new Problems(ExpressionKind.UPDATE);
    return problems.result(new Run(problems).update(update));
  }

  /** Like {@link #tryBind(Condition, ExpressionKind)}, throwing ValidationException. */
  public Condition bind(Condition condition, ExpressionKind kind) {
    return tryBind(condition, kind).orThrow();
  }

  public KeyCondition bind(KeyCondition keyCondition) {
    return tryBind(keyCondition).orThrow();
  }

  public Update bind(Update update) {
    return tryBind(update).orThrow();
  }

  /** The placeholders bound so far by this binder, in first-use order. */
  public Set<String> usedPlaceholders() {
    return Collections.unmodifiableSet(used);
  }

  /** One binding pass, reporting into one {@link Problems}. */
  private final class Run {
    private final Problems problems;

    Run(Problems problems) {
      this.problems = problems;
    }

    Condition condition(Condition condition) {
      if (condition instanceof Condition.Compare compare) {
        return new Condition.Compare(operand(compare.left()), compare.op(),
            operand(compare.right()));
      }
      if (condition instanceof Condition.Between between) {
        return new Condition.Between(operand(between.value()), operand(between.lower()),
            operand(between.upper()));
      }
      if (condition instanceof Condition.In in) {
        return new Condition.In(operand(in.value()),
            in.candidates().stream().map(this::operand).toList());
      }
      if (condition instanceof Condition.And and) {
        return new Condition.And(condition(and.left()), condition(and.right()));
      }
      if (condition instanceof Condition.Or or) {
        return new Condition.Or(condition(or.left()), condition(or.right()));
      }
      if (condition instanceof Condition.Not not) {
        return new Condition.Not(condition(not.condition()));
      }
      if (condition instanceof Condition.AttributeType type) {
        return new Condition.AttributeType(operand(type.operand()), operand(type.type()));
      }
      if (condition instanceof Condition.BeginsWith beginsWith) {
        return new Condition.BeginsWith(operand(beginsWith.subject()),
            operand(beginsWith.prefix()));
      }
      if (condition instanceof Condition.Contains contains) {
        return new Condition.Contains(operand(contains.subject()), operand(contains.operand()));
      }
      return condition; // attribute_exists, attribute_not_exists: a path only
    }

    KeyCondition.Term term(KeyCondition.Term term) {
      if (term instanceof KeyCondition.Compare compare) {
        return new KeyCondition.Compare(compare.attribute(), compare.op(),
            value(compare.value()));
      }
      if (term instanceof KeyCondition.Between between) {
        return new KeyCondition.Between(between.attribute(), value(between.lower()),
            value(between.upper()));
      }
      KeyCondition.BeginsWith beginsWith = (KeyCondition.BeginsWith) term;
      return new KeyCondition.BeginsWith(beginsWith.attribute(), value(beginsWith.prefix()));
    }

    Update update(Update update) {
      List<Update.SetAction> set = update.set().stream()
          .map(action -> new Update.SetAction(action.path(), updateValue(action.value())))
          .toList();
      List<Update.AddAction> add = update.add().stream()
          .map(action -> new Update.AddAction(action.path(), value(action.value())))
          .toList();
      List<Update.DeleteAction> delete = update.delete().stream()
          .map(action -> new Update.DeleteAction(action.path(), value(action.value())))
          .toList();
      return new Update(set, update.remove(), add, delete);
    }

    private UpdateValue updateValue(UpdateValue value) {
      if (value instanceof ValueOperand operand) {
        return value(operand);
      }
      if (value instanceof UpdateValue.IfNotExists ifNotExists) {
        return new UpdateValue.IfNotExists(ifNotExists.path(),
            updateValue(ifNotExists.fallback()));
      }
      if (value instanceof UpdateValue.ListAppend append) {
        return new UpdateValue.ListAppend(updateValue(append.first()),
            updateValue(append.second()));
      }
      if (value instanceof UpdateValue.Plus plus) {
        return new UpdateValue.Plus(updateValue(plus.left()), updateValue(plus.right()));
      }
      if (value instanceof UpdateValue.Minus minus) {
        return new UpdateValue.Minus(updateValue(minus.left()), updateValue(minus.right()));
      }
      return value; // a path
    }

    private Operand operand(Operand operand) {
      return operand instanceof ValueOperand value ? value(value) : operand;
    }

    private ValueOperand value(ValueOperand operand) {
      if (!(operand instanceof Placeholder placeholder)) {
        return operand;
      }
      AttributeValue value = values.get(placeholder.name());
      if (value == null) {
        problems.addUnplaced(Rule.UNDEFINED_PLACEHOLDER,
            Messages.undefinedValue(placeholder.name()));
        return placeholder;
      }
      used.add(placeholder.name());
      return new Literal(value);
    }
  }
}
