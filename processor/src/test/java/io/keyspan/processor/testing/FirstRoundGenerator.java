package io.keyspan.processor.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Stands for another annotation processor of the same build: it writes one file in the first round,
 * so Keyspan sees it only from the second round on (or finds it already written).
 */
public final class FirstRoundGenerator extends AbstractProcessor {
  private interface FileOpener {
    FileObject open(Filer filer) throws IOException;
  }

  private final FileOpener opener;
  private final String content;
  private boolean done;

  private FirstRoundGenerator(FileOpener opener, String content) {
    this.opener = opener;
    this.content = content;
  }

  /** Generates the source of {@code qualifiedName}. */
  public static FirstRoundGenerator source(String qualifiedName, String... lines) {
    return new FirstRoundGenerator(
        filer -> filer.createSourceFile(qualifiedName), String.join("\n", lines) + "\n");
  }

  /** Writes a resource of the class output. */
  public static FirstRoundGenerator resource(String path, String content) {
    return new FirstRoundGenerator(
        filer -> filer.createResource(StandardLocation.CLASS_OUTPUT, "", path), content);
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
      try (OutputStream out = opener.open(processingEnv.getFiler()).openOutputStream()) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
