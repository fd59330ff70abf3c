package io.keyspan.processor.steps;

import com.palantir.javapoet.ClassName;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Table;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.RepositoryModel;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.read.MemberEntity;
import io.keyspan.processor.read.MethodReader;
import io.keyspan.processor.read.Mirrors;
import io.keyspan.processor.read.MissingTypes;
import io.keyspan.processor.write.AccessPatterns;
import io.keyspan.processor.write.ClassOutput;
import io.keyspan.processor.write.ImplementationWriter;
import io.keyspan.processor.write.ServicesFile;
import io.keyspan.processor.write.SourceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * The processing step for {@code @Repository} interfaces: read each method (annotation text or
 * derived name), check it against the table, and — when the interface has no errors — write its
 * implementation. Interfaces whose table type is not resolvable yet are deferred by name. In the
 * last round it lists every generated factory in {@code META-INF/services} and writes the
 * access-patterns report of each table ({@code META-INF/keyspan/access-patterns/<Table>.md}), both
 * merged with what an earlier compilation into the same output wrote. No exception leaves it.
 */
public final class RepositoryStep {

  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> factories = new TreeSet<>();
  private final AccessPatterns accessPatterns = new AccessPatterns();
  private final EntityStep entities;

  public RepositoryStep(EntityStep entities) {
    this.entities = entities;
  }

  /** One round: every {@code @Repository} of the round and those deferred from the last one. */
  public void process(ProcessingEnvironment environment, RoundEnvironment round) {
    List<TypeElement> repositories = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(Repository.class)) {
      repositories.add((TypeElement) element);
    }
    for (String name : List.copyOf(deferred)) {
      Optional.ofNullable(environment.getElementUtils().getTypeElement(name))
          .ifPresent(repositories::add);
    }
    deferred.clear();
    for (TypeElement repository : repositories) {
      processSafely(environment, round, repository);
    }
    if (round.processingOver() && !factories.isEmpty()) {
      writeResources(environment);
    }
  }

  private void processSafely(
      ProcessingEnvironment environment, RoundEnvironment round, TypeElement repository) {
    try {
      process(environment, round, repository);
    } catch (RuntimeException | Error e) {
      environment
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.UNEXPECTED.format(repository.getQualifiedName(), e, trace(e)),
              repository);
    }
  }

  /**
   * The module-wide resources, merged with what an earlier compilation into the same output wrote.
   */
  private void writeResources(ProcessingEnvironment environment) {
    ClassOutput output = new ClassOutput(environment.getFiler());
    Map<String, String> resources = new TreeMap<>();
    try {
      resources.put(
          ServicesFile.PATH, ServicesFile.merge(output.existing(ServicesFile.PATH), factories));
      resources.putAll(accessPatterns.reports(output::existing));
    } catch (RuntimeException | Error e) {
      environment
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR, Message.UNEXPECTED.format(ServicesFile.PATH, e, trace(e)));
      return;
    }
    resources.forEach(
        (path, content) -> {
          try {
            output.write(path, content);
          } catch (IOException | RuntimeException e) {
            environment
                .getMessager()
                .printMessage(Diagnostic.Kind.ERROR, Message.RESOURCE_NOT_WRITTEN.format(path, e));
          }
        });
  }

  private static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private void process(
      ProcessingEnvironment environment, RoundEnvironment round, TypeElement repository) {
    Report report = new Report();
    Optional<Reading> reading = table(environment, round, repository, report);
    List<MethodPlan> plans =
        reading.map(r -> r.reader().read(repository, report)).orElse(List.of());
    report.printTo(environment.getMessager());
    if (reading.isEmpty() || !report.isClean()) {
      return;
    }
    RepositoryModel model =
        new RepositoryModel(
            repository,
            ClassName.get(repository),
            reading.get().entity(),
            plans,
            reading.get().kind());
    new SourceWriter(environment.getFiler(), environment.getElementUtils())
        .write(
            model.interfaceName().packageName(),
            new ImplementationWriter(environment.getElementUtils()).write(model),
            repository);
    factories.add(model.factoryName().reflectionName());
    accessPatterns.add(model, reading.get().report());
  }

  /**
   * What a repository's methods are checked against: its table's entity (for a single-table member,
   * the member as if it had a table of its own; for a single table's sealed interface, the
   * attributes every item carries), and the reader of its methods.
   *
   * @param kind what the repository names
   */
  private record Reading(
      Entity entity, MethodReader reader, String report, RepositoryModel.Kind kind) {}

  /**
   * The model of the repository's table; empty when the repository waits for a type another
   * processor generates, or has an error (added to the report).
   */
  private Optional<Reading> table(
      ProcessingEnvironment environment,
      RoundEnvironment round,
      TypeElement repository,
      Report report) {
    if (repository.getKind() != ElementKind.INTERFACE) {
      report.error(repository, Message.NOT_AN_INTERFACE, repository.getSimpleName());
      return Optional.empty();
    }
    AnnotationMirror mirror = Mirrors.find(repository, Repository.class).orElseThrow();
    AnnotationValue value = mirror.getElementValues().values().iterator().next();
    Report.Place place = new Report.Place(repository, mirror, value);
    Optional<TypeMirror> tableType = MissingTypes.classLiteral(value);
    boolean waits =
        tableType.isEmpty()
            || MissingTypes.inMemberTypes(repository)
            || tableType.get() instanceof DeclaredType type
                && MissingTypes.any((TypeElement) type.asElement());
    if (waits && !round.processingOver()) {
      deferred.add(repository.getQualifiedName().toString());
      return Optional.empty();
    }
    if (tableType.isEmpty()) {
      report.error(place, Message.TABLE_NOT_FOUND, repository.getSimpleName());
      return Optional.empty();
    }
    if (waits) {
      return Optional
          .empty(); // last round: javac reports a missing type at its use, the table its own errors
    }
    if (tableType.get() instanceof DeclaredType named
        && singleTableOf((TypeElement) named.asElement()).isPresent()) {
      return member(environment, round, place, repository, (TypeElement) named.asElement(), report);
    }
    if (!(tableType.get() instanceof DeclaredType declared)
        || !Mirrors.has(declared.asElement(), Table.class)) {
      report.error(
          place,
          Message.NOT_A_TABLE,
          tableType.get() instanceof DeclaredType type
              ? type.asElement().getSimpleName()
              : tableType.get());
      return Optional.empty();
    }
    TypeElement tableElement = (TypeElement) declared.asElement();
    Optional<Entity> entity = entities.model(environment, tableElement);
    if (entity.isEmpty()) {
      return tableHasErrors(place, tableElement, repository, report);
    }
    return entity.map(
        e ->
            new Reading(
                e,
                new MethodReader(environment, e),
                e.table().orElseThrow().name(),
                RepositoryModel.Kind.TABLE));
  }

  /** The table's own errors are reported on it; the repository says it cannot be checked. */
  private static Optional<Reading> tableHasErrors(
      Report.Place place, TypeElement table, TypeElement repository, Report report) {
    report.error(
        place, Message.ENTITY_HAS_ERRORS, table.getSimpleName(), repository.getSimpleName());
    return Optional.empty();
  }

  /**
   * The sealed {@code @Table} interface of a single table that {@code type} is, or is a member of.
   */
  private static Optional<TypeElement> singleTableOf(TypeElement type) {
    List<TypeElement> candidates = new ArrayList<>();
    candidates.add(type);
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent instanceof DeclaredType declared) {
        candidates.add((TypeElement) declared.asElement());
      }
    }
    return candidates.stream()
        .filter(c -> c.getKind() == ElementKind.INTERFACE)
        .filter(c -> c.getModifiers().contains(javax.lang.model.element.Modifier.SEALED))
        .filter(c -> Mirrors.has(c, Table.class))
        .findFirst();
  }

  /**
   * The reading of a repository of one member of a single table, or of its sealed interface itself.
   */
  private Optional<Reading> member(
      ProcessingEnvironment environment,
      RoundEnvironment round,
      Report.Place place,
      TypeElement repository,
      TypeElement type,
      Report report) {
    TypeElement tableElement = singleTableOf(type).orElseThrow();
    if (!round.processingOver() && SingleTableStep.anyMemberMissing(tableElement)) {
      // The table waits for another member's type too; so does its repository.
      deferred.add(repository.getQualifiedName().toString());
      return Optional.empty();
    }
    Optional<SingleTable> table = entities.singleTableModel(environment, tableElement);
    if (table.isPresent() && type.equals(tableElement)) {
      return Optional.of(
          new Reading(
              MemberEntity.ofTable(table.get(), environment.getElementUtils()),
              MethodReader.ofTable(environment, table.get()),
              table.get().settings().name() + ".declared",
              RepositoryModel.Kind.SINGLE_TABLE));
    }
    Optional<SingleTable.Member> member =
        table.flatMap(
            t -> t.members().stream().filter(m -> m.entity().element().equals(type)).findFirst());
    if (member.isEmpty()) {
      return tableHasErrors(place, tableElement, repository, report);
    }
    return Optional.of(
        new Reading(
            MemberEntity.of(table.get(), member.get(), environment.getElementUtils()),
            MethodReader.ofMember(environment, table.get(), member.get()),
            table.get().settings().name() + ".declared",
            RepositoryModel.Kind.MEMBER));
  }
}
