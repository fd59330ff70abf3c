package io.keyspan.processor.readme;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The example in the Javadoc of {@code @Repository} compiles as written: it is read from the
 * annotation's source file, so the example and this test cannot drift apart.
 */
class RepositoryJavadocExampleTest {
  private static final Path SOURCE =
      Path.of("../annotations/src/main/java/io/keyspan/annotations/Repository.java");
  private static final String IMPORTS =
      "package example;\nimport io.keyspan.annotations.*;\nimport java.util.*;\n";
  private static final Pattern TYPE_NAME = Pattern.compile("(?:record|interface|class) (\\w+)");

  @Test
  void repositoryJavadocExample_compilesWithoutWarnings() throws IOException {
    List<JavaFileObject> sources = compilationUnits(example());
    assertThat(sources).hasSize(2);

    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("example.UserQueries_Impl");
  }

  /** The code between {@code <pre>{@code} and its closing brace, without the comment's stars. */
  private static String example() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    int start = source.indexOf("<pre>{@code");
    int end = source.indexOf("}</pre>", start);
    assertThat(start).isAtLeast(0);
    StringBuilder code = new StringBuilder();
    for (String line : source.substring(source.indexOf('\n', start) + 1, end).lines().toList()) {
      code.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
    }
    return code.toString();
  }

  /**
   * One compilation unit per blank-line-separated declaration, named after the type it declares.
   */
  private static List<JavaFileObject> compilationUnits(String example) {
    List<JavaFileObject> units = new ArrayList<>();
    for (String declaration : example.split("\n\\s*\n")) {
      Matcher name = TYPE_NAME.matcher(declaration);
      assertThat(name.find()).isTrue();
      units.add(JavaFileObjects.forSourceString("example." + name.group(1), IMPORTS + declaration));
    }
    return units;
  }
}
