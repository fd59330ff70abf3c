package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The typed API: misuse of an attribute does not compile, and the repository's injection
 * annotations follow the compile classpath.
 */
class TypedApiTest {
  private static final JavaFileObject USER =
      JavaFileObjects.forSourceString(
          "test.User",
          String.join(
              "\n",
              "package test;",
              "import io.keyspan.annotations.*;",
              "import java.util.*;",
              "@Table(name = \"Users\")",
              "public record User(@PartitionKey String id, int age, boolean active, Set<String> tags, List<String> log, String name) {}"));

  private static Compilation compileUsing(String... body) {
    JavaFileObject usage =
        JavaFileObjects.forSourceString(
            "test.Usage",
            String.join(
                "\n",
                "package test;",
                "import java.util.*;",
                "class Usage {",
                "  void use(UserRepository users) {",
                String.join("\n", body),
                "  }",
                "}"));
    return javac().withProcessors(new KeyspanProcessor()).compile(USER, usage);
  }

  @Test
  void correctUse_compiles() {
    Compilation compilation =
        compileUsing(
            "    users.scan().filter(UserSchema.AGE.gt(25).and(UserSchema.NAME.beginsWith(\"A\"))).list();",
            "    users.update(\"1\").add(UserSchema.AGE, 1).add(UserSchema.TAGS, Set.of(\"x\")).delete(UserSchema.TAGS, Set.of(\"y\"))",
            "        .append(UserSchema.LOG, List.of(\"e\")).set(UserSchema.ACTIVE, true).remove(UserSchema.NAME).execute();",
            "    users.scan().filter(UserSchema.LOG.get(0).eq(\"first\")).count();");
    assertThat(compilation).succeeded();
  }

  @Test
  void beginsWithOnANumber_doesNotCompile() {
    assertThat(compileUsing("    UserSchema.AGE.beginsWith(\"2\");"))
        .hadErrorContaining("cannot find symbol");
  }

  @Test
  void addOnAString_doesNotCompile() {
    assertThat(compileUsing("    users.update(\"1\").add(UserSchema.NAME, \"x\");"))
        .hadErrorContaining("no suitable method found for add");
  }

  @Test
  void deleteOnANumber_doesNotCompile() {
    assertThat(compileUsing("    users.update(\"1\").delete(UserSchema.AGE, List.of(1));"))
        .hadErrorContaining("delete");
  }

  @Test
  void appendOnASet_doesNotCompile() {
    assertThat(compileUsing("    users.update(\"1\").append(UserSchema.TAGS, List.of(\"x\"));"))
        .hadErrorContaining("append");
  }

  @Test
  void orderingABoolean_doesNotCompile() {
    assertThat(compileUsing("    UserSchema.ACTIVE.gt(true);"))
        .hadErrorContaining("cannot find symbol");
  }

  @Test
  void valueOfTheWrongType_doesNotCompile() {
    assertThat(compileUsing("    UserSchema.AGE.eq(\"25\");"))
        .hadErrorContaining("incompatible types");
  }

  @Test
  void keyParameters_haveTheKeyTypes() {
    assertThat(compileUsing("    users.get(42);")).hadErrorContaining("incompatible types");
  }

  private static List<File> classpathWithout(String... excluded) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Arrays.stream(excluded).noneMatch(entry::contains))
        .map(File::new)
        .toList();
  }

  private static String repository(List<File> classpath) throws IOException {
    Compilation compilation =
        javac().withProcessors(new KeyspanProcessor()).withClasspath(classpath).compile(USER);
    assertThat(compilation).succeeded();
    return compilation
        .generatedSourceFile("test.UserRepository")
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  @Test
  void withOnlyJavaxInject_theRepositoryUsesJavaxInject() throws IOException {
    String source = repository(classpathWithout("jakarta.inject"));
    assertThat(source).contains("import javax.inject.Inject;");
    assertThat(source).contains("@Singleton");
  }

  @Test
  void withoutInject_theRepositoryHasNoInjectionAnnotations() throws IOException {
    String source = repository(classpathWithout("jakarta.inject", "javax.inject", "dagger"));
    assertThat(source).doesNotContain("Inject");
    assertThat(source).contains("public UserRepository(Keyspan keyspan)");
  }
}
