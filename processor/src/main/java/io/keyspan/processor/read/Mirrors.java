package io.keyspan.processor.read;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, by qualified name: {@code Class}-valued members are read as
 * types, never loaded, and defaults come from the annotation's declaration. Every reader and
 * validator finds annotations here, by the annotation's class literal or qualified name.
 */
public final class Mirrors {
  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  public static Optional<AnnotationMirror> find(
      Element element, Class<? extends Annotation> annotation) {
    return find(element, annotation.getCanonicalName());
  }

  /** Whether the element carries the annotation. */
  public static boolean has(Element element, Class<? extends Annotation> annotation) {
    return find(element, annotation).isPresent();
  }

  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The member's value, explicit or default. */
  AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  /** The member's value when written in the source, not defaulted. */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  long number(AnnotationMirror mirror, String member) {
    return ((Number) value(mirror, member).getValue()).longValue();
  }

  /** An enum member's constant name. */
  String enumConstant(AnnotationMirror mirror, String member) {
    return ((VariableElement) value(mirror, member).getValue()).getSimpleName().toString();
  }

  /** The type a {@code Class} member names, or empty while that type does not exist. */
  Optional<TypeMirror> classLiteral(AnnotationMirror mirror, String member) {
    return MissingTypes.classLiteral(value(mirror, member));
  }

  /** The values of an array member with their own positions, for precise error locations. */
  List<AnnotationValue> array(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    List<AnnotationValue> values = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        values.add((AnnotationValue) item);
      }
    }
    return values;
  }
}
