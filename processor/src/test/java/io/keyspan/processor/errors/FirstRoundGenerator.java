package io.keyspan.processor.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Stands for another annotation processor of the same build: it generates one source file in
 * the first round, so Keyspan sees the type only from the second round on.
 */
final class FirstRoundGenerator extends AbstractProcessor {
  private final String qualifiedName;
  private final String source;
  private boolean done;

  FirstRoundGenerator(String qualifiedName, String... lines) {
    this.qualifiedName = qualifiedName;
    this.source = String.join("\n", lines) + "\n";
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!done) {
      done = true;
      try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
