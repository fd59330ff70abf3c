package io.keyspan.processor;

import com.google.auto.service.AutoService;
import io.keyspan.annotations.Document;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Table;
import io.keyspan.processor.steps.EntityStep;
import io.keyspan.processor.steps.RepositoryStep;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Keyspan's annotation processor. It only wires the steps, in order: {@link EntityStep} for
 * {@code @Document} and {@code @Table} types, then {@link RepositoryStep} for {@code @Repository}
 * interfaces, which takes its tables' models from the entity step. Each step reads, validates and —
 * when an element has no errors — writes; no exception reaches javac.
 */
@AutoService(Processor.class)
public final class KeyspanProcessor extends AbstractProcessor {
  private final EntityStep entities = new EntityStep();
  private final RepositoryStep repositories = new RepositoryStep(entities);

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Table.class.getCanonicalName(),
        Document.class.getCanonicalName(),
        Repository.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    entities.process(processingEnv, round);
    repositories.process(processingEnv, round);
    return false;
  }
}
