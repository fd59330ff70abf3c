package io.keyspan.processor.base;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found in one repository interface, each at the most precise place known: method,
 * annotation, annotation value. Stages add to it and never throw.
 */
public final class Diagnostics {
  private final List<Entry> entries = new ArrayList<>();

  private record Entry(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}

  public void error(Element element, DeclaredMessage message, Object... arguments) {
    error(new Place(element, null, null), message, arguments);
  }

  public void error(Place place, DeclaredMessage message, Object... arguments) {
    entries.add(new Entry(place.element(), place.annotation(), place.value(), message.format(arguments)));
  }

  public boolean isClean() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  public void printTo(Messager messager) {
    for (Entry entry : entries) {
      messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element(), entry.annotation(), entry.value());
    }
  }

  /** Where an error points: an element, optionally one of its annotations and one value of it. */
  public record Place(Element element, AnnotationMirror annotation, AnnotationValue value) {}
}
