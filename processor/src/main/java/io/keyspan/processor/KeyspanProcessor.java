package io.keyspan.processor;

import com.google.auto.service.AutoService;
import io.keyspan.annotations.Document;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Table;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.steps.RepositoryStep;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.read.EntityReader;
import io.keyspan.processor.read.MissingTypes;
import io.keyspan.processor.validate.EntityValidator;
import io.keyspan.processor.write.DocumentSchemaWriter;
import io.keyspan.processor.write.RepositoryWriter;
import io.keyspan.processor.write.SchemaWriter;
import io.keyspan.processor.write.SourceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Keyspan's annotation processor. It only wires the stages: for each {@code @Document} and
 * {@code @Table} type it reads the model, validates it, and — when the type has no errors —
 * writes {@code DSchema}, or {@code TSchema} and {@code TRepository}.
 *
 * <p>Documents are processed before tables so that a table whose document failed is skipped
 * without follow-on errors. Types that refer to a type not generated yet (a property's type, a
 * {@code @Convert} class) are deferred by name to the next round; in the last round a missing
 * property type is left to javac's own error and a missing converter is reported at its
 * annotation. No exception reaches javac.
 */
@AutoService(Processor.class)
public final class KeyspanProcessor extends AbstractProcessor {
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> failed = new HashSet<>();
  private final RepositoryStep declaredRepositories = new RepositoryStep();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Table.class.getCanonicalName(), Document.class.getCanonicalName(), Repository.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> documents = new ArrayList<>();
    List<TypeElement> tables = new ArrayList<>();
    collect(round.getElementsAnnotatedWith(Document.class), documents);
    collect(round.getElementsAnnotatedWith(Table.class), tables);
    for (String name : List.copyOf(deferred)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        (type.getAnnotation(Table.class) != null ? tables : documents).add(type);
      }
    }
    deferred.clear();
    EntityReader reader = new EntityReader(processingEnv);
    for (TypeElement type : documents) {
      process(type, reader, round);
    }
    for (TypeElement type : tables) {
      process(type, reader, round);
    }
    declaredRepositories.process(processingEnv, round);
    return false;
  }

  private static void collect(Set<? extends Element> elements, List<TypeElement> into) {
    for (Element element : elements) {
      if (element instanceof TypeElement type) {
        into.add(type);
      }
    }
  }

  private void process(TypeElement type, EntityReader reader, RoundEnvironment round) {
    try {
      if (!round.processingOver() && MissingTypes.any(type)) {
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      if (MissingTypes.inMemberTypes(type)) {
        // Last round: javac itself reports the missing type at its use, so a message of ours would
        // only repeat it. A missing class literal is reported by the reader, at its annotation.
        return;
      }
      Report report = new Report();
      Optional<Entity> entity = reader.read(type, report);
      entity.ifPresent(e -> new EntityValidator(processingEnv.getTypeUtils()).validate(e, report));
      report.printTo(processingEnv.getMessager());
      if (!report.isClean() || entity.isEmpty()) {
        failed.add(type.getQualifiedName().toString());
        return;
      }
      if (dependsOnFailed(entity.get())) {
        return;
      }
      write(entity.get());
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(
          Diagnostic.Kind.ERROR, Message.UNEXPECTED.format(type.getQualifiedName(), e, trace), type);
    }
  }

  private void write(Entity entity) {
    SourceWriter writer = new SourceWriter(processingEnv.getFiler(), processingEnv.getElementUtils());
    String packageName = entity.className().packageName();
    if (entity.table().isEmpty()) {
      writer.write(packageName, new DocumentSchemaWriter().write(entity), entity.element());
      return;
    }
    writer.write(packageName, new SchemaWriter().write(entity), entity.element());
    writer.write(packageName, new RepositoryWriter(processingEnv.getElementUtils()).write(entity), entity.element());
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
