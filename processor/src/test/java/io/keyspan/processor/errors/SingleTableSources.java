package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;

/**
 * Sources of the single-table error tests: a table, a declared repository of it, and the check that
 * an error is reported on the repository's line that holds a given text.
 */
final class SingleTableSources {
  /** The package and the imports every test source starts with. */
  static final String IMPORTS =
      "package test;\n"
          + "import io.keyspan.annotations.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.Instant;\n"
          + "import java.time.LocalDate;\n"
          + "import java.util.List;\n"
          + "import java.util.Optional;\n";

  private SingleTableSources() {}

  /** {@code @Repository(type.class) public interface name { methods }} in the package test. */
  static JavaFileObject repository(String name, String type, String... methods) {
    return JavaFileObjects.forSourceString(
        "test." + name,
        IMPORTS
            + "@Repository("
            + type
            + ".class)\n"
            + "public interface "
            + name
            + " {\n  "
            + String.join("\n  ", methods)
            + "\n}\n");
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new KeyspanProcessor()).compile(sources);
  }

  /** The source of a generated implementation, {@code test.<repository>_Impl}. */
  static String implementation(Compilation compilation, String repository) throws IOException {
    return compilation
        .generatedSourceFile("test." + repository + "_Impl")
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  /** The compilation of {@code table} and {@code repository} fails with {@code message} there. */
  static void assertErrorAt(
      JavaFileObject table, JavaFileObject repository, String line, String message) {
    Compilation compilation = compile(table, repository);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(repository).onLineContaining(line);
  }
}
