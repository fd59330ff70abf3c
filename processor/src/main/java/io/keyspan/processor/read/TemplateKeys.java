package io.keyspan.processor.read;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.model.KeyTemplateText;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TemplateBinding;
import io.keyspan.processor.model.TemplateBinding.Form;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Translates a key condition on a single-table member's template components ({@code customerId = :c
 * AND placedAt BETWEEN :from AND :to}) into one on the key attributes the templates render ({@code
 * PK = :PK AND SK BETWEEN :SK AND :SK_}), whose placeholders are the templates rendered from the
 * parameters at run time. It translates only what stays exact, given that every component's key
 * text sorts like its value (strings by their UTF-8 bytes, as DynamoDB sorts them) and cannot
 * contain the first character of the literal after it:
 *
 * <ul>
 *   <li>every component of the partition template with =: the partition key, rendered whole;
 *   <li>the sort template's leading components with =: the sort key rendered whole when they are
 *       all of its components, else a {@code begins_with} of the text up to the first one not
 *       given;
 *   <li>then one range on the next sort component: on the template's last part, where the key
 *       compares as the value does; or on a component whose text has one length (integers,
 *       instants, dates, UUIDs), bounded by the text up to it and the text just past it. With
 *       leading components fixed, only a range with both ends ({@code BETWEEN}, {@code begins_with}
 *       of a String at the end) stays within their keys.
 * </ul>
 *
 * A key condition that needs anything else is a {@link Problem} naming the rule it breaks.
 */
final class TemplateKeys {
  private final SingleTable table;
  private final SingleTable.Member member;

  TemplateKeys(SingleTable table, SingleTable.Member member) {
    this.table = table;
    this.member = member;
  }

  /** The outcome: the translated key condition, or why there is none. */
  sealed interface Result permits Translated, Problem {}

  /**
   * The key condition on key attributes, and how its placeholders get their values; from {@code
   * sort}, a null key when the sort key needs no term.
   */
  record Translated(KeyCondition key, List<TemplateBinding> bindings) implements Result {}

  /** A rule the condition breaks, as a catalog message and its arguments. */
  record Problem(Message message, List<Object> arguments) implements Result {}

  /**
   * @param terms tests of the template's components, by attribute name, whose values are
   *     placeholders named after parameters
   * @param parameters the method's value parameters by name
   */
  Result translate(
      String method,
      SingleTable.Template template,
      List<KeyCondition.Term> terms,
      Map<String, VariableElement> parameters) {
    Map<String, KeyCondition.Term> byComponent = new LinkedHashMap<>();
    for (KeyCondition.Term term : terms) {
      String component = component(term.attribute());
      if (byComponent.putIfAbsent(component, term) != null) {
        return problem(Message.MEMBER_COMPONENT_TWICE, method, component);
      }
    }
    SingleTable.KeyAttributes keys = table.keyOf(template.index()).orElseThrow();
    Placeholders placeholders = new Placeholders(parameters.keySet());
    List<KeyCondition.Term> physical = new ArrayList<>();
    List<TemplateBinding> bindings = new ArrayList<>();
    List<VariableElement> partitionValues = new ArrayList<>();
    for (String component : template.partition().components()) {
      KeyCondition.Term term = byComponent.get(component);
      if (!isEquality(term)) {
        return problem(
            Message.MEMBER_PARTITION_COMPONENT,
            method,
            component,
            template.partition(),
            keys.describe(),
            component);
      }
      partitionValues.add(parameter(((KeyCondition.Compare) term).value(), parameters));
    }
    String partitionPlaceholder = placeholders.fresh(keys.partitionKey());
    physical.add(
        new KeyCondition.Compare(
            keys.partitionKey(), ComparisonOperator.EQ, new Placeholder(partitionPlaceholder)));
    bindings.add(
        new TemplateBinding(
            partitionPlaceholder, template.index(), false, Form.WHOLE, partitionValues));
    if (template.sort() != null) {
      Result sort = sort(method, template, keys, byComponent, parameters, placeholders);
      if (sort instanceof Problem) {
        return sort;
      }
      Translated translated = (Translated) sort;
      if (translated.key() != null) {
        physical.addAll(translated.key().terms());
      }
      bindings.addAll(translated.bindings());
    }
    return new Translated(new KeyCondition(physical), bindings);
  }

  /** The sort-key term; a {@link Translated} with a null key when the condition needs none. */
  private Result sort(
      String method,
      SingleTable.Template template,
      SingleTable.KeyAttributes keys,
      Map<String, KeyCondition.Term> byComponent,
      Map<String, VariableElement> parameters,
      Placeholders placeholders) {
    KeyTemplateText sort = template.sort();
    List<String> components = sort.components();
    List<VariableElement> fixed = new ArrayList<>();
    int next = 0;
    while (next < components.size() && isEquality(byComponent.get(components.get(next)))) {
      fixed.add(
          parameter(
              ((KeyCondition.Compare) byComponent.get(components.get(next))).value(), parameters));
      next++;
    }
    KeyCondition.Term range =
        next < components.size() ? byComponent.get(components.get(next)) : null;
    for (int later = next + 1; later < components.size(); later++) {
      if (byComponent.containsKey(components.get(later))) {
        return problem(
            Message.MEMBER_SORT_COMPONENT_SKIPPED,
            method,
            components.get(later),
            components.get(next),
            sort,
            keys.describe(),
            components.get(next),
            components.get(later));
      }
    }
    String attribute = keys.sortKey();
    if (range == null) {
      boolean whole = next == components.size();
      if (!whole && next == 0 && sort.literalPrefix().isEmpty()) {
        // Nothing to bound the sort key by: the whole partition, filtered by item type.
        return table.typeAttribute().isEmpty()
            ? unpinned(method, null, "no condition")
            : new Translated(null, List.of());
      }
      String placeholder = placeholders.fresh(attribute);
      KeyCondition.Term term =
          whole
              ? new KeyCondition.Compare(
                  attribute, ComparisonOperator.EQ, new Placeholder(placeholder))
              : new KeyCondition.BeginsWith(attribute, new Placeholder(placeholder));
      return new Translated(
          new KeyCondition(List.of(term)),
          List.of(
              new TemplateBinding(
                  placeholder, template.index(), true, whole ? Form.WHOLE : Form.PREFIX, fixed)));
    }
    String component = components.get(next);
    String operator = describe(range);
    Property property = member.property(component).orElseThrow();
    boolean last =
        sort.parts().get(sort.parts().size() - 1) instanceof KeyTemplateText.Component c
            && c.name().equals(component);
    if (!last && !(fixedLength(property) && hasNext(literalAfter(sort, component)))) {
      return problem(
          Message.MEMBER_RANGE_NOT_LAST,
          method,
          component,
          operator,
          sort,
          keys.describe(),
          property.mapping().javaType(),
          component);
    }
    if (range instanceof KeyCondition.BeginsWith && !(last && isString(property))) {
      return problem(
          Message.MEMBER_BEGINS_WITH_COMPONENT,
          method,
          component,
          sort,
          property.mapping().javaType());
    }
    boolean open = range instanceof KeyCondition.Compare;
    if (open && next > 0) {
      return problem(
          Message.MEMBER_OPEN_RANGE_AFTER_FIXED,
          method,
          component,
          operator,
          String.join(", ", components.subList(0, next)),
          component);
    }
    if (open && table.typeAttribute().isEmpty()) {
      return unpinned(method, component, operator);
    }
    Bounds bounds = new Bounds(template, fixed, parameters, placeholders, attribute);
    KeyCondition.Term term;
    if (range instanceof KeyCondition.Between between) {
      // Last: the keys compare as the values do. Otherwise the component's text has one length,
      // so keys with a value in range lie from the text up to the lower value to just past every
      // key whose text continues after the upper one.
      term =
          new KeyCondition.Between(
              attribute,
              bounds.at(last ? Form.WHOLE : Form.PREFIX, between.lower()),
              bounds.at(last ? Form.WHOLE : Form.PAST_PREFIX, between.upper()));
    } else if (range instanceof KeyCondition.BeginsWith beginsWith) {
      // The last component's text is the String as is: the key starts with the template's text up
      // to it and then the given start.
      term = new KeyCondition.BeginsWith(attribute, bounds.at(Form.WHOLE, beginsWith.prefix()));
    } else {
      KeyCondition.Compare compare = (KeyCondition.Compare) range;
      term =
          last
              ? bounds.compare(compare.op(), Form.WHOLE, compare.value())
              : notLast(bounds, compare);
    }
    return new Translated(new KeyCondition(List.of(term)), bounds.bindings);
  }

  /**
   * A one-ended range on a component of one text length that text follows: {@code > v} is at or
   * past every key whose component is {@code v}, {@code <= v} before that, {@code < v} before the
   * keys that start with {@code v}, {@code >= v} at them.
   */
  private static KeyCondition.Term notLast(Bounds bounds, KeyCondition.Compare compare) {
    ValueOperand value = compare.value();
    return switch (compare.op()) {
      case GT -> bounds.compare(ComparisonOperator.GE, Form.PAST_PREFIX, value);
      case LE -> bounds.compare(ComparisonOperator.LT, Form.PAST_PREFIX, value);
      default -> bounds.compare(compare.op(), Form.PREFIX, value);
    };
  }

  /** The placeholders of one sort-key term, each bound to the template with one more component. */
  private static final class Bounds {
    private final SingleTable.Template template;
    private final List<VariableElement> fixed;
    private final Map<String, VariableElement> parameters;
    private final Placeholders placeholders;
    private final String attribute;
    private final List<TemplateBinding> bindings = new ArrayList<>();

    Bounds(
        SingleTable.Template template,
        List<VariableElement> fixed,
        Map<String, VariableElement> parameters,
        Placeholders placeholders,
        String attribute) {
      this.template = template;
      this.fixed = fixed;
      this.parameters = parameters;
      this.placeholders = placeholders;
      this.attribute = attribute;
    }

    /** A placeholder for the sort template, in this form, with {@code value} after the fixed. */
    Placeholder at(Form form, ValueOperand value) {
      String name = placeholders.fresh(attribute);
      List<VariableElement> values = new ArrayList<>(fixed);
      values.add(parameter(value, parameters));
      bindings.add(new TemplateBinding(name, template.index(), true, form, values));
      return new Placeholder(name);
    }

    KeyCondition.Term compare(ComparisonOperator op, Form form, ValueOperand value) {
      return new KeyCondition.Compare(attribute, op, at(form, value));
    }
  }

  /**
   * Whether a component's key text has one length per type (integers are sign-prefixed digits), so
   * no value's text starts with another's and keys compare by it before the text after it.
   */
  private static boolean fixedLength(Property property) {
    // Components are validated to be strings, enums, integers, Instant, LocalDate or UUID.
    return !(property.mapping() instanceof TypeMapping.EnumType) && !isString(property);
  }

  /** The literal that follows a component in a template; empty when none does. */
  private static String literalAfter(KeyTemplateText template, String component) {
    List<KeyTemplateText.Part> parts = template.parts();
    for (int i = 0; i + 1 < parts.size(); i++) {
      if (parts.get(i) instanceof KeyTemplateText.Component c
          && c.name().equals(component)
          && parts.get(i + 1) instanceof KeyTemplateText.Literal literal) {
        return literal.text();
      }
    }
    return "";
  }

  /** Whether the text's last character has a next one to bound keys with (see KeyPattern). */
  private static boolean hasNext(String literal) {
    if (literal.isEmpty()) {
      return false;
    }
    char last = literal.charAt(literal.length() - 1);
    return last != Character.MAX_VALUE && !Character.isSurrogate(last);
  }

  /** Without a type attribute, only the key tells the member's items from other types'. */
  private Result unpinned(String method, String component, String operator) {
    return problem(
        Message.MEMBER_KEY_READS_OTHER_TYPES,
        method,
        component == null ? "the sort key" : "{" + component + "}",
        operator,
        table.className().simpleName());
  }

  private String component(String attribute) {
    return member.entity().properties().stream()
        .filter(p -> p.attributeName().equals(attribute))
        .map(Property::javaName)
        .findFirst()
        .orElse(attribute);
  }

  private static boolean isEquality(KeyCondition.Term term) {
    return term instanceof KeyCondition.Compare compare && compare.op() == ComparisonOperator.EQ;
  }

  private static boolean isString(Property property) {
    return property.mapping() instanceof TypeMapping.BuiltIn builtIn
        && builtIn.kind() == ValueKind.STRING
        && builtIn.javaType().toString().equals("java.lang.String");
  }

  private static String describe(KeyCondition.Term term) {
    if (term instanceof KeyCondition.Between) {
      return "BETWEEN";
    } else if (term instanceof KeyCondition.BeginsWith) {
      return "begins_with";
    }
    return switch (((KeyCondition.Compare) term).op()) {
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      default -> "=";
    };
  }

  /** The parameter a placeholder names; the caller checked that each one names a parameter. */
  private static VariableElement parameter(
      ValueOperand value, Map<String, VariableElement> parameters) {
    return parameters.get(((Placeholder) value).name().substring(1));
  }

  private static Problem problem(Message message, Object... arguments) {
    return new Problem(message, List.of(arguments));
  }

  /** Placeholder names for key attributes that no parameter's placeholder takes. */
  private static final class Placeholders {
    private final Set<String> taken;

    Placeholders(Set<String> parameters) {
      this.taken = new java.util.HashSet<>();
      parameters.forEach(p -> taken.add(":" + p));
    }

    String fresh(String attribute) {
      String name = ":" + attribute.replaceAll("[^A-Za-z0-9_]", "_");
      while (!taken.add(name)) {
        name += "_";
      }
      return name;
    }
  }
}
