package io.keyspan.processor.repository;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.testing.FirstRoundGenerator;
import io.keyspan.processor.write.AccessPatterns;
import io.keyspan.processor.write.ServicesFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build recompiles only the changed sources into the same output directory, with
 * that directory on the class path. The module-wide resources must still list every repository, and
 * a failure to write them is an error of the build, not an exception in javac.
 */
class IncrementalBuildTest {
  private static final JavaFileObject USER =
      source(
          "User",
          "@Table(name = \"Users\")",
          "public record User(@PartitionKey String id, String name) {}");
  private static final JavaFileObject USER_QUERIES =
      source(
          "UserQueries",
          "@Repository(User.class)",
          "public interface UserQueries {",
          "  List<User> findById(String id);",
          "}");
  private static final JavaFileObject USER_ADMIN =
      source(
          "UserAdmin",
          "@Repository(User.class)",
          "public interface UserAdmin {",
          "  @AllowScan List<User> findByName(String name);",
          "}");

  @TempDir Path output;

  @Test
  void recompilingOneRepository_keepsTheOthersInTheServicesFile() throws IOException {
    compile(USER, USER_QUERIES, USER_ADMIN);
    compile(USER_ADMIN);

    assertThat(read(ServicesFile.PATH).lines().toList())
        .containsExactly("test.UserAdmin_Impl$Factory", "test.UserQueries_Impl$Factory")
        .inOrder();
  }

  @Test
  void recompilingOneRepository_keepsTheOthersRowsInTheAccessPatternsReport() throws IOException {
    compile(USER, USER_QUERIES, USER_ADMIN);
    String first = read(AccessPatterns.DIRECTORY + "Users.md");
    compile(USER_ADMIN);

    String report = read(AccessPatterns.DIRECTORY + "Users.md");
    assertThat(report).isEqualTo(first);
    assertThat(report).contains("| UserQueries | findById (derived) | Query |");
    assertThat(report).contains("| UserAdmin | findByName (derived) | Scan |");
    assertThat(report).contains("2 method(s), 1 of them scanning");
  }

  @Test
  void aRecompiledRepository_replacesItsOwnRows() throws IOException {
    compile(USER, USER_QUERIES, USER_ADMIN);
    compile(
        source(
            "UserAdmin",
            "@Repository(User.class)",
            "public interface UserAdmin {",
            "  Optional<User> findById(String id);",
            "}"));

    String report = read(AccessPatterns.DIRECTORY + "Users.md");
    assertThat(report).contains("| UserAdmin | findById (derived) | Query |");
    assertThat(report).doesNotContain("findByName");
    assertThat(report).contains("2 method(s), 0 of them scanning");
  }

  @Test
  void aResourceThatCannotBeWritten_isAnErrorOfKeyspan_notAnExceptionInJavac() {
    // Another processor already wrote the services file, so the Filer refuses to create it again.
    Compilation compilation =
        javac()
            .withProcessors(
                new KeyspanProcessor(),
                FirstRoundGenerator.resource(ServicesFile.PATH, "other.Factory\n"))
            .compile(USER, USER_QUERIES);

    assertThat(compilation)
        .hadErrorContaining(Message.RESOURCE_NOT_WRITTEN.prefix() + ServicesFile.PATH);
    assertThat(compilation).hadErrorCount(1);
  }

  private static JavaFileObject source(String name, String... lines) {
    String header = "package test;\nimport io.keyspan.annotations.*;\nimport java.util.*;\n";
    return JavaFileObjects.forSourceString("test." + name, header + String.join("\n", lines));
  }

  /** Compiles into {@link #output}, with it on the class path as an incremental build has. */
  private void compile(JavaFileObject... sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Path generated = Files.createDirectories(output.resolve("generated"));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<String> options =
          List.of(
              "-classpath", System.getProperty("java.class.path") + File.pathSeparator + output);
      JavaCompiler.CompilationTask task =
          compiler.getTask(null, files, null, options, null, List.of(sources));
      task.setProcessors(List.of(new KeyspanProcessor()));
      assertThat(task.call()).isTrue();
    }
  }

  private String read(String resource) throws IOException {
    return Files.readString(output.resolve(resource), StandardCharsets.UTF_8);
  }
}
