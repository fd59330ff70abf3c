package io.keyspan.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A table whose property type another processor generates is processed in a later round. */
class DeferralTest {
  /** Generates the document {@code test.Geo} in the first round, as another processor would. */
  private static final class GeoGenerator extends AbstractProcessor {
    private boolean done;

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
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Geo").openWriter()) {
          writer.write("package test;\n@io.keyspan.annotations.Document\npublic record Geo(double lat, double lon) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final JavaFileObject PLACE = JavaFileObjects.forSourceString("test.Place", String.join("\n",
      "package test;",
      "import io.keyspan.annotations.*;",
      "@Table(name = \"Places\")",
      "public record Place(@PartitionKey String id, Geo geo) {}"));

  @Test
  void propertyOfAGeneratedType_isMappedOnceTheTypeExists() {
    Compilation compilation = javac().withProcessors(new KeyspanProcessor(), new GeoGenerator()).compile(PLACE);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.PlaceSchema").contentsAsUtf8String().contains("GeoSchema.Paths GEO");
    assertThat(compilation).generatedSourceFile("test.GeoSchema");
  }

  @Test
  void propertyOfATypeThatNeverAppears_isReportedOnce_byJavac() {
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(PLACE);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(PLACE).onLineContaining("Geo geo");
  }
}
