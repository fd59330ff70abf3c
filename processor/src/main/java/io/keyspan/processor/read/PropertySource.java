package io.keyspan.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A candidate property before mapping: its name, type, the element errors point at, and every
 * element its annotations may sit on (record component and accessor, or field and getter).
 */
record PropertySource(String name, TypeMirror type, Element element, List<Element> annotated) {
  PropertySource {
    annotated = List.copyOf(annotated);
  }

  Optional<AnnotationMirror> annotation(String qualifiedName) {
    for (Element candidate : annotated) {
      Optional<AnnotationMirror> mirror = Mirrors.find(candidate, qualifiedName);
      if (mirror.isPresent()) {
        return mirror;
      }
    }
    return Optional.empty();
  }

  boolean has(String qualifiedName) {
    return annotation(qualifiedName).isPresent();
  }
}
