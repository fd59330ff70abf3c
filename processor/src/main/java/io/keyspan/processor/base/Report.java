package io.keyspan.processor.base;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors (and warnings) found for one annotated type, each on the most precise spot known: the
 * element, then the annotation, then the annotation value. Stages add to a report and never throw;
 * the processor prints every report, so a build shows all its errors at once.
 */
public final class Report {
  private final List<Entry> entries = new ArrayList<>();
  private final List<Entry> warnings = new ArrayList<>();

  /** One error at its place. */
  public record Entry(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}

  /** Where an error points: an element, optionally one of its annotations and one value of it. */
  public record Place(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  public void error(Place place, Message message, Object... arguments) {
    entries.add(
        new Entry(place.element(), place.annotation(), place.value(), message.format(arguments)));
  }

  public void error(Element element, Message message, Object... arguments) {
    entries.add(new Entry(element, null, null, message.format(arguments)));
  }

  public void error(
      Element element, AnnotationMirror annotation, Message message, Object... arguments) {
    entries.add(new Entry(element, annotation, null, message.format(arguments)));
  }

  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... arguments) {
    entries.add(new Entry(element, annotation, value, message.format(arguments)));
  }

  /**
   * A warning: printed with the errors, but the type is still written, since its code works (a
   * likely mistake, not a broken rule).
   */
  public void warning(Place place, Message message, Object... arguments) {
    warnings.add(
        new Entry(place.element(), place.annotation(), place.value(), message.format(arguments)));
  }

  /**
   * How many errors so far; a stage compares it before and after a check to see whether the check
   * failed.
   */
  public int size() {
    return entries.size();
  }

  public boolean isClean() {
    return entries.isEmpty();
  }

  public void printTo(Messager messager) {
    print(messager, Diagnostic.Kind.ERROR, entries);
    print(messager, Diagnostic.Kind.WARNING, warnings);
  }

  private static void print(Messager messager, Diagnostic.Kind kind, List<Entry> entries) {
    for (Entry entry : entries) {
      messager.printMessage(
          kind, entry.message(), entry.element(), entry.annotation(), entry.value());
    }
  }
}
