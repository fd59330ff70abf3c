package io.keyspan.processor.read;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.SingleTable;
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
  private final Planner planner;

  /** Plans one method from its operation annotation, or from its name when that is null. */
  interface Planner {
    Optional<MethodPlan> plan(ExecutableElement method, AnnotationMirror operation, Report report);
  }

  public MethodReader(ProcessingEnvironment environment, Entity entity) {
    this(environment.getElementUtils(), planner(environment, entity));
  }

  /** The planner of a table's methods: annotated ones from their text, others from their name. */
  static Planner planner(ProcessingEnvironment environment, Entity entity) {
    AnnotatedReader annotated =
        new AnnotatedReader(
            environment.getElementUtils(),
            entity.properties().stream().map(p -> p.attributeName()).toList());
    DerivedReader derived = new DerivedReader(entity);
    MethodVerifier verifier = new MethodVerifier(entity, environment.getTypeUtils());
    return (method, operation, report) ->
        (operation == null
                ? derived.read(method, report)
                : annotated.read(method, operation, report))
            .flatMap(p -> verifier.verify(method, p, report));
  }

  private MethodReader(Elements elements, Planner planner) {
    this.elements = elements;
    this.planner = planner;
  }

  /** The reader of a declared repository of one member of a single table. */
  public static MethodReader ofMember(
      ProcessingEnvironment environment, SingleTable table, SingleTable.Member member) {
    return new MethodReader(
        environment.getElementUtils(), new MemberQueries(environment, table, member));
  }

  /** The reader of a declared repository of a single table's sealed interface. */
  public static MethodReader ofTable(ProcessingEnvironment environment, SingleTable table) {
    return new MethodReader(
        environment.getElementUtils(), new SingleTableQueries(environment, table));
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
    return planner.plan(method, operations.isEmpty() ? null : operations.get(0), report);
  }
}
