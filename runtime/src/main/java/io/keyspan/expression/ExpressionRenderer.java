package io.keyspan.expression;

import io.keyspan.value.AttributeValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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
    return condition.accept(new Text()).toString();
  }

  /** A KeyConditionExpression: its terms joined by {@code AND}, in order. */
  public String render(KeyCondition keyCondition) {
    Text text = new Text();
    String separator = "";
    for (KeyCondition.Term term : keyCondition.terms()) {
      text.out.append(separator);
      term.accept(text);
      separator = " AND ";
    }
    return text.toString();
  }

  /** An UpdateExpression, clauses in the order SET, REMOVE, ADD, DELETE. */
  public String render(UpdateExpression update) {
    Text text = new Text();
    update.actions().forEach(action -> action.accept(text));
    return text.toString();
  }

  /** A ProjectionExpression: the paths separated by commas, in order. */
  public String render(Projection projection) {
    Text text = new Text();
    text.commaSeparated(projection.paths(), text::path);
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

  /** How tightly a condition binds; the connectives from loosest to tightest. */
  private static final Condition.Visitor<Level> LEVEL =
      new Condition.Visitor<>() {
        @Override
        public Level compare(Condition.Compare node) {
          return Level.ATOM;
        }

        @Override
        public Level between(Condition.Between node) {
          return Level.ATOM;
        }

        @Override
        public Level in(Condition.In node) {
          return Level.ATOM;
        }

        @Override
        public Level and(Condition.And node) {
          return Level.AND;
        }

        @Override
        public Level or(Condition.Or node) {
          return Level.OR;
        }

        @Override
        public Level not(Condition.Not node) {
          return Level.NOT;
        }

        @Override
        public Level attributeExists(Condition.AttributeExists node) {
          return Level.ATOM;
        }

        @Override
        public Level attributeNotExists(Condition.AttributeNotExists node) {
          return Level.ATOM;
        }

        @Override
        public Level attributeType(Condition.AttributeType node) {
          return Level.ATOM;
        }

        @Override
        public Level beginsWith(Condition.BeginsWith node) {
          return Level.ATOM;
        }

        @Override
        public Level contains(Condition.Contains node) {
          return Level.ATOM;
        }
      };

  /**
   * The text of one expression. Each visit appends a node and returns the text so far; SET values
   * go through {@link SetValueText}, the one place where {@code +} and {@code -} may stand.
   */
  private final class Text
      implements Condition.Visitor<StringBuilder>,
          Operand.Visitor<StringBuilder>,
          UpdateValue.Visitor<StringBuilder>,
          KeyCondition.Term.Visitor<StringBuilder>,
          UpdateExpression.Action.Visitor<StringBuilder>,
          PathElement.Visitor<StringBuilder> {
    final StringBuilder out = new StringBuilder();

    /** The clause keyword of the last update action written, null before the first. */
    private String clause;

    @Override
    public String toString() {
      return out.toString();
    }

    // ------------------------------------------------------------ conditions

    @Override
    public StringBuilder or(Condition.Or node) {
      child(node.left(), Level.OR);
      out.append(" OR ");
      return child(node.right(), Level.AND);
    }

    @Override
    public StringBuilder and(Condition.And node) {
      child(node.left(), Level.AND);
      out.append(" AND ");
      return child(node.right(), Level.NOT);
    }

    @Override
    public StringBuilder not(Condition.Not node) {
      out.append("NOT ");
      return child(node.condition(), Level.NOT);
    }

    /**
     * A child of a connective, in parentheses when it binds more loosely than {@code weakest}: AND
     * and OR nest to the left, so a right-hand child of the same operator needs them.
     */
    private StringBuilder child(Condition child, Level weakest) {
      if (child.accept(LEVEL).compareTo(weakest) >= 0) {
        return child.accept(this);
      }
      out.append('(');
      child.accept(this);
      return out.append(')');
    }

    @Override
    public StringBuilder compare(Condition.Compare node) {
      node.left().accept(this);
      out.append(' ').append(node.op().symbol()).append(' ');
      return node.right().accept(this);
    }

    @Override
    public StringBuilder between(Condition.Between node) {
      node.value().accept(this);
      out.append(" BETWEEN ");
      node.lower().accept(this);
      out.append(" AND ");
      return node.upper().accept(this);
    }

    @Override
    public StringBuilder in(Condition.In node) {
      node.value().accept(this);
      out.append(" IN (");
      commaSeparated(node.candidates(), this::operand);
      return out.append(')');
    }

    @Override
    public StringBuilder attributeExists(Condition.AttributeExists node) {
      out.append("attribute_exists(");
      path(node.path());
      return out.append(')');
    }

    @Override
    public StringBuilder attributeNotExists(Condition.AttributeNotExists node) {
      out.append("attribute_not_exists(");
      path(node.path());
      return out.append(')');
    }

    @Override
    public StringBuilder attributeType(Condition.AttributeType node) {
      return function("attribute_type", node.operand(), node.type());
    }

    @Override
    public StringBuilder beginsWith(Condition.BeginsWith node) {
      return function("begins_with", node.subject(), node.prefix());
    }

    @Override
    public StringBuilder contains(Condition.Contains node) {
      return function("contains", node.subject(), node.operand());
    }

    private StringBuilder function(String name, Operand first, Operand second) {
      out.append(name).append('(');
      operand(first);
      out.append(", ");
      operand(second);
      return out.append(')');
    }

    private StringBuilder operand(Operand operand) {
      return operand.accept(this);
    }

    // ------------------------------------------------------------ operands and values

    @Override
    public StringBuilder path(Path node) {
      out.append(name(node.topLevelName()));
      node.elements().subList(1, node.depth()).forEach(element -> element.accept(this));
      return out;
    }

    @Override
    public StringBuilder attribute(PathElement.Attribute node) {
      return out.append('.').append(name(node.name()));
    }

    @Override
    public StringBuilder index(PathElement.Index node) {
      return out.append('[').append(node.index()).append(']');
    }

    @Override
    public StringBuilder size(Operand.Size node) {
      out.append("size(");
      path(node.path());
      return out.append(')');
    }

    @Override
    public StringBuilder literal(Literal node) {
      return out.append(valuePlaceholder(node));
    }

    @Override
    public StringBuilder placeholder(Placeholder node) {
      return out.append(unboundPlaceholder(node));
    }

    private StringBuilder value(ValueOperand value) {
      // A value is both an Operand and an UpdateValue; either visit writes the same text.
      return value.accept((Operand.Visitor<StringBuilder>) this);
    }

    // ------------------------------------------------------------ key conditions

    @Override
    public StringBuilder compare(KeyCondition.Compare node) {
      out.append(name(node.attribute())).append(' ').append(node.op().symbol()).append(' ');
      return value(node.value());
    }

    @Override
    public StringBuilder between(KeyCondition.Between node) {
      out.append(name(node.attribute())).append(" BETWEEN ");
      value(node.lower());
      out.append(" AND ");
      return value(node.upper());
    }

    @Override
    public StringBuilder beginsWith(KeyCondition.BeginsWith node) {
      out.append("begins_with(").append(name(node.attribute())).append(", ");
      value(node.prefix());
      return out.append(')');
    }

    // ------------------------------------------------------------ updates

    @Override
    public StringBuilder set(UpdateExpression.SetAction action) {
      startAction("SET", action);
      out.append(" = ");
      return action.value().accept(new SetValueText(this));
    }

    @Override
    public StringBuilder remove(UpdateExpression.RemoveAction action) {
      return startAction("REMOVE", action);
    }

    @Override
    public StringBuilder add(UpdateExpression.AddAction action) {
      startAction("ADD", action).append(' ');
      return value(action.value());
    }

    @Override
    public StringBuilder delete(UpdateExpression.DeleteAction action) {
      startAction("DELETE", action).append(' ');
      return value(action.value());
    }

    /** The clause keyword before a clause's first action, a comma before the others; the path. */
    private StringBuilder startAction(String keyword, UpdateExpression.Action action) {
      if (keyword.equals(clause)) {
        out.append(", ");
      } else {
        if (clause != null) {
          out.append(' ');
        }
        out.append(keyword).append(' ');
        clause = keyword;
      }
      return path(action.path());
    }

    @Override
    public StringBuilder ifNotExists(UpdateValue.IfNotExists node) {
      out.append("if_not_exists(");
      path(node.path());
      out.append(", ");
      node.fallback().accept(this);
      return out.append(')');
    }

    @Override
    public StringBuilder listAppend(UpdateValue.ListAppend node) {
      out.append("list_append(");
      node.first().accept(this);
      out.append(", ");
      node.second().accept(this);
      return out.append(')');
    }

    @Override
    public StringBuilder plus(UpdateValue.Plus node) {
      throw nestedArithmetic(node);
    }

    @Override
    public StringBuilder minus(UpdateValue.Minus node) {
      throw nestedArithmetic(node);
    }

    // No text can express this: "a + b" inside a function does not parse.
    private IllegalArgumentException nestedArithmetic(UpdateValue node) {
      return new IllegalArgumentException(
          "+ and - are allowed only at the top of a SET value, not inside " + node);
    }

    <E> void commaSeparated(List<E> elements, Consumer<E> element) {
      String separator = "";
      for (E each : elements) {
        out.append(separator);
        element.accept(each);
        separator = ", ";
      }
    }
  }

  /** The top of a SET value, where {@code +} and {@code -} may stand; below it they may not. */
  private static final class SetValueText implements UpdateValue.Visitor<StringBuilder> {
    private final Text operands;

    SetValueText(Text operands) {
      this.operands = operands;
    }

    @Override
    public StringBuilder plus(UpdateValue.Plus node) {
      return arithmetic(node.left(), " + ", node.right());
    }

    @Override
    public StringBuilder minus(UpdateValue.Minus node) {
      return arithmetic(node.left(), " - ", node.right());
    }

    private StringBuilder arithmetic(UpdateValue left, String operator, UpdateValue right) {
      left.accept(operands);
      operands.out.append(operator);
      return right.accept(operands);
    }

    @Override
    public StringBuilder path(Path node) {
      return operands.path(node);
    }

    @Override
    public StringBuilder literal(Literal node) {
      return operands.literal(node);
    }

    @Override
    public StringBuilder placeholder(Placeholder node) {
      return operands.placeholder(node);
    }

    @Override
    public StringBuilder ifNotExists(UpdateValue.IfNotExists node) {
      return operands.ifNotExists(node);
    }

    @Override
    public StringBuilder listAppend(UpdateValue.ListAppend node) {
      return operands.listAppend(node);
    }
  }

  // ---------------------------------------------------------------- names and values

  private String name(String attributeName) {
    return placeholderByName.computeIfAbsent(
        attributeName,
        name -> {
          String placeholder = "#n" + names.size();
          names.put(placeholder, name);
          return placeholder;
        });
  }

  private String unboundPlaceholder(Placeholder placeholder) {
    if (values.containsKey(placeholder.name())) {
      throw new IllegalArgumentException(
          "placeholder " + placeholder.name() + " is already the placeholder of a literal");
    }
    unboundPlaceholders.add(placeholder.name());
    return placeholder.name();
  }

  private String valuePlaceholder(Literal literal) {
    String placeholder;
    do {
      placeholder = ":v" + nextValue++;
    } while (unboundPlaceholders.contains(placeholder));
    values.put(placeholder, literal.value());
    return placeholder;
  }
}
