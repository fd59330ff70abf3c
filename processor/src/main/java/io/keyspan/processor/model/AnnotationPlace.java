package io.keyspan.processor.model;

import io.keyspan.processor.base.Report;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where one annotation is written, for errors about it. javac places a diagnostic on a repeated
 * annotation only through its container ({@code @KeyTemplates}) and the container's array entry, so
 * a repeated annotation is addressed that way; one written once, directly, down to its values.
 *
 * @param container null when the annotation is written once
 * @param entry the container's array entry that holds the annotation; null when written once
 */
public record AnnotationPlace(
    Element element,
    AnnotationMirror annotation,
    AnnotationMirror container,
    AnnotationValue entry) {

  /** The annotation itself. */
  public Report.Place at() {
    return container == null
        ? new Report.Place(element, annotation, null)
        : new Report.Place(element, container, entry);
  }

  /** The annotation's member when written once and explicit there; else the annotation. */
  public Report.Place at(String member) {
    if (container != null) {
      return at();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
        annotation.getElementValues().entrySet()) {
      if (value.getKey().getSimpleName().contentEquals(member)) {
        return new Report.Place(element, annotation, value.getValue());
      }
    }
    return at();
  }
}
