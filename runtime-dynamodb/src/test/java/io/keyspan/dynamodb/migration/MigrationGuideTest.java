package io.keyspan.dynamodb.migration;

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
 * Every {@code ```java} block of docs/MIGRATION.md compiles, with Keyspan's processor, as the guide
 * shows it. Blocks naming the Enhanced Client's types ({@code DynamoDb...}, {@code
 * ...EnhancedRequest}) compile in one package with its imports, the others in another with
 * Keyspan's. A block that declares types gives one source file per top-level type; any other block
 * is a method body that sees {@code db} and {@code customers}, the guide's running example.
 */
class MigrationGuideTest {
  private static final Path GUIDE =
      Path.of(System.getProperty("keyspan.root", ".."), "docs", "MIGRATION.md");
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE =
      Pattern.compile(
          "^(?:public\\s+)?(?:final\\s+)?(?:record|class|interface|enum|@)", Pattern.MULTILINE);
  private static final Pattern NAME =
      Pattern.compile("\\b(?:record|class|interface|enum)\\s+(\\w+)");

  private enum Side {
    KEYSPAN(
        "guide.keyspan",
        List.of(
            "io.keyspan.Keyspan",
            "io.keyspan.annotations.*",
            "io.keyspan.repository.*",
            "io.keyspan.schema.AttributeConverter",
            "io.keyspan.value.AttributeValue",
            "java.time.*",
            "java.util.*"),
        "Keyspan db, CustomerRepository customers"),
    ENHANCED(
        "guide.enhanced",
        List.of(
            "software.amazon.awssdk.enhanced.dynamodb.*",
            "software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.*",
            "software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.*",
            "software.amazon.awssdk.enhanced.dynamodb.model.*",
            "software.amazon.awssdk.services.dynamodb.model.AttributeValue",
            "java.time.*",
            "java.util.*"),
        "DynamoDbEnhancedClient enhanced, DynamoDbTable<Customer> customers");

    private final String packageName;
    private final List<String> imports;
    private final String scope;

    Side(String packageName, List<String> imports, String scope) {
      this.packageName = packageName;
      this.imports = imports;
      this.scope = scope;
    }

    static Side of(String block) {
      return block.contains("DynamoDb") || block.contains("Enhanced") ? ENHANCED : KEYSPAN;
    }
  }

  static List<String> blocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(markdown);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  /** The top-level declarations of a block, each with the annotations above it. */
  static List<String> declarations(String block) {
    List<String> declarations = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (String line : block.split("\n")) {
      if (depth == 0 && TYPE.matcher(line).find() && NAME.matcher(current).find()) {
        declarations.add(current.toString());
        current.setLength(0);
      }
      current.append(line).append('\n');
      depth +=
          line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
    }
    declarations.add(current.toString());
    return declarations;
  }

  private static List<JavaFileObject> sources(int number, String block) {
    Side side = Side.of(block);
    StringBuilder header = new StringBuilder("package " + side.packageName + ";\n");
    side.imports.forEach(name -> header.append("import ").append(name).append(";\n"));
    if (!TYPE.matcher(block).find()) {
      String name = "Block" + number;
      return List.of(
          JavaFileObjects.forSourceString(
              side.packageName + "." + name,
              header
                  + "class "
                  + name
                  + " {\n  void run("
                  + side.scope
                  + ") throws Exception {\n"
                  + block
                  + "  }\n}\n"));
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (String declaration : declarations(block)) {
      Matcher name = NAME.matcher(declaration);
      name.find();
      sources.add(
          JavaFileObjects.forSourceString(
              side.packageName + "." + name.group(1), header + declaration));
    }
    return sources;
  }

  @Test
  void everyJavaBlockOfTheGuide_compiles() throws IOException {
    List<String> blocks = blocks(Files.readString(GUIDE, StandardCharsets.UTF_8));
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      sources.addAll(sources(i + 1, blocks.get(i)));
    }

    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(sources);

    assertThat(blocks.size()).isAtLeast(8);
    assertThat(blocks.stream().filter(b -> Side.of(b) == Side.ENHANCED).count()).isAtLeast(2);
    assertThat(compilation).succeeded();
  }

  @Test
  void aBlockOfSeveralTypes_isSplitAtTheirTopLevelDeclarations() {
    assertThat(
            declarations(
                "public record A(int a) {}\n\n@Table(name = \"B\")\npublic class B {\n  @Ignore int b;\n}\n"))
        .containsExactly(
            "public record A(int a) {}\n\n",
            "@Table(name = \"B\")\npublic class B {\n  @Ignore int b;\n}\n")
        .inOrder();
  }

  @Test
  void blocks_areFoundBetweenJavaFences_only() {
    assertThat(blocks("text\n```java\nint a;\n```\n```xml\n<a/>\n```\n```java\nint b;\n```\n"))
        .containsExactly("int a;\n", "int b;\n")
        .inOrder();
  }
}
