package io.keyspan.processor.read;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.DerivedName;
import io.keyspan.processor.model.DerivedName.Criterion;
import io.keyspan.processor.model.DerivedName.Operator;
import io.keyspan.processor.model.DerivedName.Subject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses derived method names in the Spring Data / Micronaut Data tradition, without javac: {@code
 * (find|get|count|exists|delete)[First|TopN]By<Criterion>(And<Criterion>)*[OrderBy<Property>[Asc|Desc]]},
 * where a criterion is a property name (capitalized) and an optional operator. Property names are
 * matched longest first, so {@code OrderId} is not read as {@code Or} + {@code derId}.
 */
public final class MethodNameParser {
  private static final Pattern HEAD =
      Pattern.compile("^(find|get|count|exists|delete)(First|Top(\\d+))?By(.*)$");

  private final String entityName;
  private final List<String> properties;

  /**
   * @param properties the entity's Java property names
   */
  public MethodNameParser(String entityName, Collection<String> properties) {
    this.entityName = entityName;
    this.properties =
        properties.stream()
            .map(MethodNameParser::capitalize)
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .toList();
  }

  /** The outcome: a name, or the reason it is none. */
  public sealed interface Result permits Named, NotDerived, Failed {}

  public record Named(DerivedName name) implements Result {}

  /** The name does not start like a derived name at all. */
  public record NotDerived() implements Result {}

  /** The name starts like a derived name but breaks a rule. */
  public record Failed(Message message, List<Object> arguments) implements Result {}

  Result parse(String methodName) {
    Matcher head = HEAD.matcher(methodName);
    if (!head.matches()) {
      return new NotDerived();
    }
    Subject subject =
        Subject.valueOf(
            head.group(1).equals("get") ? "FIND" : head.group(1).toUpperCase(Locale.ROOT));
    int limit =
        head.group(2) == null ? 0 : head.group(3) == null ? 1 : Integer.parseInt(head.group(3));
    String rest = head.group(4);
    List<Criterion> criteria = new ArrayList<>();
    int at = 0;
    while (true) {
      if (at >= rest.length() || rest.startsWith("OrderBy", at) && criteria.size() > 0) {
        break;
      }
      Optional<String> property = propertyAt(rest, at);
      if (property.isEmpty()) {
        String word = wordAt(rest, at);
        if (word.isEmpty()) {
          return new Failed(Message.NO_CRITERIA, List.of(methodName, head.group(1)));
        }
        return unknown(methodName, word);
      }
      at += property.get().length();
      Operator operator = operatorAt(rest, at);
      at += operator.suffix().length();
      criteria.add(new Criterion(decapitalize(property.get()), operator));
      if (rest.startsWith("And", at)) {
        at += 3;
      } else if (rest.startsWith("Or", at) && !rest.startsWith("OrderBy", at)) {
        return new Failed(Message.OR_IN_NAME, List.of(methodName));
      } else if (at < rest.length() && !rest.startsWith("OrderBy", at)) {
        return unknown(methodName, property.get() + wordAt(rest, at));
      }
    }
    if (criteria.isEmpty()) {
      return new Failed(Message.NO_CRITERIA, List.of(methodName, head.group(1)));
    }
    Optional<String> orderBy = Optional.empty();
    boolean descending = false;
    if (at < rest.length()) {
      String order = rest.substring(at + "OrderBy".length());
      descending = order.endsWith("Desc");
      String property =
          order.endsWith("Desc")
              ? order.substring(0, order.length() - 4)
              : order.endsWith("Asc") ? order.substring(0, order.length() - 3) : order;
      if (!properties.contains(property)) {
        return unknown(methodName, property);
      }
      orderBy = Optional.of(decapitalize(property));
    }
    return new Named(new DerivedName(subject, limit, criteria, orderBy, descending));
  }

  private Failed unknown(String methodName, String word) {
    String property = decapitalize(word);
    List<String> names = properties.stream().map(MethodNameParser::decapitalize).sorted().toList();
    return new Failed(
        Message.UNKNOWN_PROPERTY,
        List.of(
            methodName,
            property,
            entityName,
            Suggestions.didYouMean(property, names),
            String.join(", ", names)));
  }

  private Optional<String> propertyAt(String text, int at) {
    return properties.stream().filter(p -> text.startsWith(p, at)).findFirst();
  }

  private static Operator operatorAt(String text, int at) {
    for (Operator operator : Operator.values()) {
      if (text.startsWith(operator.suffix(), at)) {
        return operator;
      }
    }
    return Operator.IS;
  }

  /**
   * The capitalized word at {@code at}: up to the next And, Or or OrderBy, without an operator
   * suffix.
   */
  private static String wordAt(String text, int at) {
    int end = text.length();
    for (String separator : List.of("And", "OrderBy", "Or")) {
      int found = text.indexOf(separator, at + 1);
      if (found > 0 && found < end) {
        end = found;
      }
    }
    String word = text.substring(at, end);
    for (Operator operator : Operator.values()) {
      if (!operator.suffix().isEmpty()
          && word.endsWith(operator.suffix())
          && word.length() > operator.suffix().length()) {
        return word.substring(0, word.length() - operator.suffix().length());
      }
    }
    return word;
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
