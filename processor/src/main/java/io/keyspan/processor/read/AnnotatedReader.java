package io.keyspan.processor.read;

import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.expression.parser.ParseResult;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads the operation annotation of a method ({@code @Query}, {@code @Scan}, {@code @Update},
 * {@code @Delete}, {@code @Put}) and parses its expression text with the runtime's parser.
 * Attributes are written bare (reserved words included) or as {@code #Name}, which stands for the
 * attribute {@code Name}. A syntax error is reported alone, on the annotation value that holds it.
 */
public final class AnnotatedReader {
  public static final String PACKAGE = "io.keyspan.annotations.";
  private static final Map<String, Operation> OPERATIONS =
      Map.of(
          "Query",
          Operation.QUERY,
          "Scan",
          Operation.SCAN,
          "Update",
          Operation.UPDATE,
          "Delete",
          Operation.DELETE,
          "Put",
          Operation.PUT);

  private final Elements elements;
  private final Map<String, String> names;

  /**
   * @param attributeNames the entity's attribute names; each may also be written as {@code #Name}
   */
  public AnnotatedReader(Elements elements, List<String> attributeNames) {
    this.elements = elements;
    Map<String, String> names = new LinkedHashMap<>();
    attributeNames.stream()
        .filter(n -> n.matches("[A-Za-z0-9_]+"))
        .forEach(n -> names.put("#" + n, n));
    this.names = Map.copyOf(names);
  }

  /** The operation annotations on a method, in source order. */
  static List<AnnotationMirror> operationAnnotations(ExecutableElement method) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.startsWith(PACKAGE) && OPERATIONS.containsKey(name.substring(PACKAGE.length()))) {
        found.add(mirror);
      }
    }
    return found;
  }

  /** The operation an operation annotation declares. */
  static Operation operationOf(AnnotationMirror annotation) {
    return OPERATIONS.get(annotation.getAnnotationType().asElement().getSimpleName().toString());
  }

  /** The parsed method, or empty after reporting its syntax errors. */
  Optional<ParsedMethod> read(
      ExecutableElement method, AnnotationMirror annotation, Report report) {
    Operation operation = operationOf(annotation);
    Reading reading = new Reading(method, annotation, report);
    ExpressionParser parser = ExpressionParser.schemaAware(names);
    int before = report.size();
    KeyCondition key = reading.parse("key", "key condition", parser::tryKeyCondition);
    Condition condition =
        reading.parse(
            operation.isRead() ? "filter" : "condition",
            operation.isRead() ? "filter" : "condition",
            text ->
                parser.tryCondition(
                    operation.isRead() ? ExpressionKind.FILTER : ExpressionKind.CONDITION, text));
    UpdateExpression update = reading.parse("update", "update", parser::tryUpdate);
    Projection projection = reading.parse("projection", "projection", parser::tryProjection);
    if (report.size() > before) {
      return Optional.empty();
    }
    String index = reading.string("index");
    return Optional.of(
        new ParsedMethod(
            operation,
            index == null || index.isEmpty() ? Optional.empty() : Optional.of(index),
            reading.place("index"),
            key,
            reading.place("key"),
            condition,
            reading.place(operation.isRead() ? "filter" : "condition"),
            update,
            reading.place("update"),
            projection,
            reading.place("projection"),
            Boolean.TRUE.equals(reading.value("descending")),
            Boolean.TRUE.equals(reading.value("consistentRead")),
            reading.place("consistentRead"),
            reading.number("limit"),
            reading.number("pageSize"),
            enumName(reading.value("returnValues")),
            false));
  }

  private static String enumName(Object value) {
    return value instanceof VariableElement constant
        ? constant.getSimpleName().toString()
        : "ALL_NEW";
  }

  /** The members of one annotation, with defaults, and the places of explicit values. */
  private final class Reading {
    private final ExecutableElement method;
    private final AnnotationMirror annotation;
    private final Report report;

    Reading(ExecutableElement method, AnnotationMirror annotation, Report report) {
      this.method = method;
      this.annotation = annotation;
      this.report = report;
    }

    Object value(String member) {
      AnnotationValue value = annotationValue(member, true);
      return value == null ? null : value.getValue();
    }

    String string(String member) {
      return (String) value(member);
    }

    int number(String member) {
      Object value = value(member);
      return value == null ? 0 : ((Number) value).intValue();
    }

    /** The explicit value's place, or the annotation's. */
    Place place(String member) {
      return new Place(method, annotation, annotationValue(member, false));
    }

    <T> T parse(String member, String what, Function<String, ParseResult<T>> parser) {
      String text = string(member);
      if (text == null || text.isEmpty()) {
        return null;
      }
      ParseResult<T> result = parser.apply(text);
      if (!result.isSuccess()) {
        report.error(
            place(member),
            Message.SYNTAX,
            result.errors().get(0).message(),
            what,
            method.getSimpleName());
        return null;
      }
      return result.tree().orElseThrow();
    }

    private AnnotationValue annotationValue(String member, boolean withDefaults) {
      Map<? extends ExecutableElement, ? extends AnnotationValue> values =
          withDefaults
              ? elements.getElementValuesWithDefaults(annotation)
              : annotation.getElementValues();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          values.entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(member)) {
          return entry.getValue();
        }
      }
      return null;
    }
  }
}
