package io.keyspan.expression;

import io.keyspan.value.AttributeValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Renders expression trees back to DynamoDB expression text, with every attribute name as a {@code
 * #name} placeholder and every value as a {@code :value} placeholder, so that reserved words and
 * odd characters can never break an expression and values never enter its text.
 *
 * <p>Use one renderer per request: DynamoDB counts names and values across all expressions of a
 * request, so the condition, key condition, filter, update and projection of one request share
 * {@link #names()} and {@link #values()}. Output is deterministic: placeholders are numbered in
 * order of first appearance ({@code #n0}, {@code #n1}, ...; {@code :v0}, {@code :v1}, ...), one
 * name keeps one placeholder, and parentheses appear only where the tree needs them to parse back
 * identically. {@link Placeholder} nodes of unbound trees render as their own name and add nothing
 * to {@link #values()}; a placeholder that a {@link Literal} of the same request was already given
 * is rejected.
 */
public final class ExpressionRenderer {
  /** Boolean connectives from loosest to tightest; comparisons and functions are atoms. */
  private enum Level {
    OR,
    AND,
    NOT,
    ATOM
  }

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> placeholderByName = new HashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();
  private final Set<String> unboundPlaceholders = new HashSet<>();
  private int nextValue;

  public ExpressionRenderer() {}

  /** A ConditionExpression or FilterExpression. */
  public String render(Condition condition) {
    StringBuilder text = new StringBuilder();
    condition(condition, text);
    return text.toString();
  }

  /** A KeyConditionExpression: its terms joined by {@code AND}, in order. */
  public String render(KeyCondition keyCondition) {
    StringBuilder text = new StringBuilder();
    String separator = "";
    for (KeyCondition.Term term : keyCondition.terms()) {
      text.append(separator);
      term(term, text);
      separator = " AND ";
    }
    return text.toString();
  }

  /** An UpdateExpression, clauses in the order SET, REMOVE, ADD, DELETE. */
  public String render(Update update) {
    StringBuilder text = new StringBuilder();
    clause("SET", update.set(), this::setAction, text);
    clause("REMOVE", update.remove(), this::path, text);
    clause(
        "ADD",
        update.add(),
        (action, out) -> pathAndValue(action.path(), action.value(), out),
        text);
    clause(
        "DELETE",
        update.delete(),
        (action, out) -> pathAndValue(action.path(), action.value(), out),
        text);
    return text.toString();
  }

  /** A ProjectionExpression: the paths separated by commas, in order. */
  public String render(Projection projection) {
    StringBuilder text = new StringBuilder();
    commaSeparated(projection.paths(), this::path, text);
    return text.toString();
  }

  /** The name placeholders handed out so far, such as {@code #n0 -> Age}, in order. */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /** The values of the literals rendered so far, such as {@code :v0 -> {N:25}}, in order. */
  public Map<String, AttributeValue> values() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  // ---------------------------------------------------------------- conditions

  private void condition(Condition condition, StringBuilder text) {
    if (condition instanceof Condition.Or or) {
      child(or.left(), Level.OR, text);
      text.append(" OR ");
      child(or.right(), Level.AND, text);
    } else if (condition instanceof Condition.And and) {
      child(and.left(), Level.AND, text);
      text.append(" AND ");
      child(and.right(), Level.NOT, text);
    } else if (condition instanceof Condition.Not not) {
      text.append("NOT ");
      child(not.condition(), Level.NOT, text);
    } else {
      atom(condition, text);
    }
  }

  /**
   * Renders a child of a connective, in parentheses when it binds more loosely than {@code
   * weakest}: AND and OR nest to the left, so a right-hand child of the same operator needs them.
   */
  private void child(Condition child, Level weakest, StringBuilder text) {
    if (level(child).compareTo(weakest) < 0) {
      text.append('(');
      condition(child, text);
      text.append(')');
    } else {
      condition(child, text);
    }
  }

  private static Level level(Condition condition) {
    if (condition instanceof Condition.Or) {
      return Level.OR;
    } else if (condition instanceof Condition.And) {
      return Level.AND;
    } else if (condition instanceof Condition.Not) {
      return Level.NOT;
    }
    return Level.ATOM;
  }

  private void atom(Condition condition, StringBuilder text) {
    if (condition instanceof Condition.Compare compare) {
      operand(compare.left(), text);
      text.append(' ').append(compare.op().symbol()).append(' ');
      operand(compare.right(), text);
    } else if (condition instanceof Condition.Between between) {
      operand(between.value(), text);
      text.append(" BETWEEN ");
      operand(between.lower(), text);
      text.append(" AND ");
      operand(between.upper(), text);
    } else if (condition instanceof Condition.In in) {
      operand(in.value(), text);
      text.append(" IN (");
      commaSeparated(in.candidates(), this::operand, text);
      text.append(')');
    } else if (condition instanceof Condition.AttributeExists exists) {
      text.append("attribute_exists(");
      path(exists.path(), text);
      text.append(')');
    } else if (condition instanceof Condition.AttributeNotExists notExists) {
      text.append("attribute_not_exists(");
      path(notExists.path(), text);
      text.append(')');
    } else if (condition instanceof Condition.AttributeType type) {
      function("attribute_type", type.operand(), type.type(), text);
    } else if (condition instanceof Condition.BeginsWith beginsWith) {
      function("begins_with", beginsWith.subject(), beginsWith.prefix(), text);
    } else {
      Condition.Contains contains = (Condition.Contains) condition;
      function("contains", contains.subject(), contains.operand(), text);
    }
  }

  private void function(String name, Operand first, Operand second, StringBuilder text) {
    text.append(name).append('(');
    operand(first, text);
    text.append(", ");
    operand(second, text);
    text.append(')');
  }

  private void operand(Operand operand, StringBuilder text) {
    if (operand instanceof Path path) {
      path(path, text);
    } else if (operand instanceof Operand.Size size) {
      text.append("size(");
      path(size.path(), text);
      text.append(')');
    } else {
      value((ValueOperand) operand, text);
    }
  }

  // ---------------------------------------------------------------- key conditions

  private void term(KeyCondition.Term term, StringBuilder text) {
    if (term instanceof KeyCondition.Compare compare) {
      text.append(name(compare.attribute()));
      text.append(' ').append(compare.op().symbol()).append(' ');
      value(compare.value(), text);
    } else if (term instanceof KeyCondition.Between between) {
      text.append(name(between.attribute())).append(" BETWEEN ");
      value(between.lower(), text);
      text.append(" AND ");
      value(between.upper(), text);
    } else {
      KeyCondition.BeginsWith beginsWith = (KeyCondition.BeginsWith) term;
      text.append("begins_with(").append(name(beginsWith.attribute())).append(", ");
      value(beginsWith.prefix(), text);
      text.append(')');
    }
  }

  // ---------------------------------------------------------------- updates

  /** A clause and its comma-separated actions; nothing when there are no actions. */
  private static <A> void clause(
      String keyword, List<A> actions, BiConsumer<A, StringBuilder> action, StringBuilder text) {
    if (actions.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(keyword).append(' ');
    commaSeparated(actions, action, text);
  }

  private void setAction(Update.SetAction action, StringBuilder text) {
    path(action.path(), text);
    text.append(" = ");
    setValue(action.value(), text);
  }

  /** An ADD or DELETE action: {@code path value}. */
  private void pathAndValue(Path path, ValueOperand value, StringBuilder text) {
    path(path, text);
    text.append(' ');
    value(value, text);
  }

  /** The value of a SET action: {@code +} and {@code -} are allowed only here, at the top. */
  private void setValue(UpdateValue value, StringBuilder text) {
    if (value instanceof UpdateValue.Plus plus) {
      updateOperand(plus.left(), text);
      text.append(" + ");
      updateOperand(plus.right(), text);
    } else if (value instanceof UpdateValue.Minus minus) {
      updateOperand(minus.left(), text);
      text.append(" - ");
      updateOperand(minus.right(), text);
    } else {
      updateOperand(value, text);
    }
  }

  private void updateOperand(UpdateValue value, StringBuilder text) {
    if (value instanceof Path path) {
      path(path, text);
    } else if (value instanceof ValueOperand operand) {
      value(operand, text);
    } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      text.append("if_not_exists(");
      path(ifNotExists.path(), text);
      text.append(", ");
      updateOperand(ifNotExists.fallback(), text);
      text.append(')');
    } else if (value instanceof UpdateValue.ListAppend listAppend) {
      text.append("list_append(");
      updateOperand(listAppend.first(), text);
      text.append(", ");
      updateOperand(listAppend.second(), text);
      text.append(')');
    } else {
      // No text can express this: "a + b" inside a function does not parse.
      throw new IllegalArgumentException(
          "+ and - are allowed only at the top of a SET value, not inside " + value);
    }
  }

  // ---------------------------------------------------------------- paths, names, values

  private static <E> void commaSeparated(
      List<E> elements, BiConsumer<E, StringBuilder> element, StringBuilder text) {
    String separator = "";
    for (E each : elements) {
      text.append(separator);
      element.accept(each, text);
      separator = ", ";
    }
  }

  private void path(Path path, StringBuilder text) {
    boolean first = true;
    for (PathElement element : path.elements()) {
      if (element instanceof PathElement.Attribute attribute) {
        if (!first) {
          text.append('.');
        }
        text.append(name(attribute.name()));
      } else {
        text.append('[').append(((PathElement.Index) element).index()).append(']');
      }
      first = false;
    }
  }

  private String name(String attributeName) {
    return placeholderByName.computeIfAbsent(
        attributeName,
        name -> {
          String placeholder = "#n" + names.size();
          names.put(placeholder, name);
          return placeholder;
        });
  }

  private void value(ValueOperand operand, StringBuilder text) {
    if (operand instanceof Placeholder placeholder) {
      if (values.containsKey(placeholder.name())) {
        throw new IllegalArgumentException(
            "placeholder " + placeholder.name() + " is already the placeholder of a literal");
      }
      unboundPlaceholders.add(placeholder.name());
      text.append(placeholder.name());
    } else {
      String placeholder;
      do {
        placeholder = ":v" + nextValue++;
      } while (unboundPlaceholders.contains(placeholder));
      values.put(placeholder, ((Literal) operand).value());
      text.append(placeholder);
    }
  }
}
