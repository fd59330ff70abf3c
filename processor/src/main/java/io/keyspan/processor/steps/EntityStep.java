package io.keyspan.processor.steps;

import io.keyspan.annotations.Document;
import io.keyspan.annotations.Table;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.read.EntityReader;
import io.keyspan.processor.read.MissingTypes;
import io.keyspan.processor.read.SingleTableReader;
import io.keyspan.processor.validate.EntityValidator;
import io.keyspan.processor.write.DocumentSchemaWriter;
import io.keyspan.processor.write.RepositoryWriter;
import io.keyspan.processor.write.SchemaWriter;
import io.keyspan.processor.write.SourceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The processing step for {@code @Document} and {@code @Table} types: read each into its model,
 * validate it, and — when it has no errors — write {@code DSchema}, or {@code TSchema} and {@code
 * TRepository}; a {@code @Table} sealed interface goes to the {@link SingleTableStep}. Documents go
 * before tables so that a table whose document failed is skipped without follow-on errors. Types
 * that refer to a type not generated yet are deferred by name to the next round; in the last round
 * a missing property type is left to javac's own error.
 *
 * <p>The round's models are cached: the repository step asks here for its table's model, so a table
 * is read and validated once per round and its errors are reported once per compilation. (Models
 * are not kept across rounds: javac gives every round fresh elements.) No exception leaves it.
 */
public final class EntityStep {
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> failed = new HashSet<>();
  private final Set<String> reported = new HashSet<>();
  private final Map<String, Optional<Entity>> roundModels = new HashMap<>();
  private final SingleTableStep singleTables = new SingleTableStep();

  /**
   * One round: every {@code @Document}, then every {@code @Table}, and those deferred from the last
   * round.
   */
  public void process(ProcessingEnvironment environment, RoundEnvironment round) {
    roundModels.clear();
    singleTables.startRound();
    List<TypeElement> documents = new ArrayList<>();
    List<TypeElement> tables = new ArrayList<>();
    collect(round.getElementsAnnotatedWith(Document.class), documents);
    collect(round.getElementsAnnotatedWith(Table.class), tables);
    for (String name : List.copyOf(deferred)) {
      TypeElement type = environment.getElementUtils().getTypeElement(name);
      if (type != null) {
        (type.getAnnotation(Table.class) != null ? tables : documents).add(type);
      }
    }
    deferred.clear();
    for (TypeElement type : documents) {
      processSafely(environment, round, type);
    }
    for (TypeElement type : tables) {
      processSafely(environment, round, type);
    }
  }

  /**
   * The checked model of a type, from this round's cache or read and validated now: empty when the
   * type has errors, which are reported on it once per compilation.
   */
  public Optional<Entity> model(ProcessingEnvironment environment, TypeElement type) {
    String name = type.getQualifiedName().toString();
    Optional<Entity> cached = roundModels.get(name);
    if (cached != null) {
      return cached;
    }
    Report report = new Report();
    Optional<Entity> entity = new EntityReader(environment).read(type, report);
    entity.ifPresent(e -> new EntityValidator(environment.getTypeUtils()).validate(e, report));
    if (reported.add(name)) {
      report.printTo(environment.getMessager());
    }
    Optional<Entity> model = report.isClean() ? entity : Optional.empty();
    roundModels.put(name, model);
    return model;
  }

  /**
   * The checked model of a single table ({@code @Table} on a sealed interface), like {@link
   * #model}: empty when it has errors, which are reported on it once per compilation.
   */
  public Optional<SingleTable> singleTableModel(
      ProcessingEnvironment environment, TypeElement type) {
    return singleTables.model(environment, type);
  }

  private static void collect(Set<? extends Element> elements, List<TypeElement> into) {
    for (Element element : elements) {
      if (element instanceof TypeElement type) {
        into.add(type);
      }
    }
  }

  private void processSafely(
      ProcessingEnvironment environment, RoundEnvironment round, TypeElement type) {
    try {
      process(environment, round, type);
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      environment
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.UNEXPECTED.format(type.getQualifiedName(), e, trace),
              type);
    }
  }

  private void process(
      ProcessingEnvironment environment, RoundEnvironment round, TypeElement type) {
    boolean singleTable = SingleTableReader.isSingleTable(type);
    if (!round.processingOver()
        && (MissingTypes.any(type) || (singleTable && SingleTableStep.anyMemberMissing(type)))) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    if (MissingTypes.inMemberTypes(type)) {
      // Last round: javac itself reports the missing type at its use, so a message of ours would
      // only repeat it. A missing class literal is reported by the reader, at its annotation.
      return;
    }
    if (singleTable) {
      singleTables.process(environment, type);
      return;
    }
    Optional<Entity> entity = model(environment, type);
    if (entity.isEmpty()) {
      failed.add(type.getQualifiedName().toString());
      return;
    }
    if (!dependsOnFailed(entity.get())) {
      write(environment, entity.get());
    }
  }

  private static void write(ProcessingEnvironment environment, Entity entity) {
    SourceWriter writer = new SourceWriter(environment.getFiler(), environment.getElementUtils());
    String packageName = entity.className().packageName();
    if (entity.table().isEmpty()) {
      writer.write(packageName, new DocumentSchemaWriter().write(entity), entity.element());
      return;
    }
    writer.write(packageName, new SchemaWriter().write(entity), entity.element());
    writer.write(
        packageName,
        new RepositoryWriter(environment.getElementUtils()).write(entity),
        entity.element());
  }

  private boolean dependsOnFailed(Entity entity) {
    for (Property property : entity.properties()) {
      if (usesFailed(property.mapping())) {
        return true;
      }
    }
    return false;
  }

  private boolean usesFailed(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.Document document) {
      return failed.contains(document.javaType().canonicalName());
    }
    if (mapping instanceof TypeMapping.ListOf list) {
      return usesFailed(list.element());
    }
    if (mapping instanceof TypeMapping.MapOf map) {
      return usesFailed(map.value());
    }
    return false;
  }
}
