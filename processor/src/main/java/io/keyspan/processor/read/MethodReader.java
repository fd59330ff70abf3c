package io.keyspan.processor.read;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.validate.MethodVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads every abstract method of a repository interface into a checked plan: an annotated method
 * through its expression text, any other through its derived name. Every method is read, so one
 * build reports the errors of all of them.
 */
public final class MethodReader {
  private final Elements elements;
  private final AnnotatedReader annotated;
  private final DerivedReader derived;
  private final MethodVerifier verifier;

  public MethodReader(ProcessingEnvironment environment, Entity entity) {
    this.elements = environment.getElementUtils();
    this.annotated =
        new AnnotatedReader(
            environment.getElementUtils(),
            entity.properties().stream().map(p -> p.attributeName()).toList());
    this.derived = new DerivedReader(entity);
    this.verifier = new MethodVerifier(entity, environment.getTypeUtils());
  }

  public List<MethodPlan> read(TypeElement repository, Report report) {
    List<MethodPlan> plans = new ArrayList<>();
    // Inherited methods too: a repository may extend a shared base interface.
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(repository))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        read(method, report).ifPresent(plans::add);
      }
    }
    return plans;
  }

  private Optional<MethodPlan> read(ExecutableElement method, Report report) {
    if (!method.getTypeParameters().isEmpty()) {
      report.error(
          method,
          Message.GENERIC_METHOD,
          method.getSimpleName(),
          method.getTypeParameters().stream()
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    List<AnnotationMirror> operations = AnnotatedReader.operationAnnotations(method);
    if (operations.size() > 1) {
      report.error(
          new Report.Place(method, operations.get(1), null),
          Message.TWO_OPERATIONS,
          method.getSimpleName(),
          operations.get(0).getAnnotationType().asElement().getSimpleName(),
          operations.get(1).getAnnotationType().asElement().getSimpleName());
      return Optional.empty();
    }
    Optional<ParsedMethod> parsed =
        operations.isEmpty()
            ? derived.read(method, report)
            : annotated.read(method, operations.get(0), report);
    return parsed.flatMap(p -> verifier.verify(method, p, report));
  }
}
