package io.keyspan.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of multi-attribute indexes of single tables ({@code @IndexAttributes(partitionKeys =
 * ...)}), each error at its annotation or member.
 */
class SingleTableMultiAttributeIndexErrorsTest {
  private static final String KEYS = "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")";
  private static final String TEAM =
      "@KeyTemplate(partition = \"TEAM#{team}\", sort = \"TEAM\")\n"
          + "record Team(String team, String league, Integer season, Integer points)"
          + " implements Item {}";

  private static JavaFileObject table(String annotations, String... members) {
    return JavaFileObjects.forSourceString(
        "test.Item",
        "package test;\nimport io.keyspan.annotations.*;\n"
            + "@Table(name = \"League\")\n"
            + annotations
            + "\npublic sealed interface Item permits Team, Player {}\n"
            + String.join("\n", members)
            + "\n");
  }

  private static final String PLAYER =
      "@KeyTemplate(partition = \"PLAYER#{name}\", sort = \"PLAYER\")\n"
          + "record Player(String name) implements Item {}";

  private static void assertErrorAt(
      String annotations, String member, String line, String message) {
    JavaFileObject source = table(KEYS + "\n" + annotations, TEAM, member);
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void aValidIndex_compiles() {
    JavaFileObject source =
        table(
            KEYS
                + "\n@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\","
                + " \"season\"}, sortKeys = {\"points\", \"team\"})",
            TEAM,
            PLAYER);
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(source);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void bothPartitionKeyAndPartitionKeys_isErrorAtIndexAttributes() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKey = \"GSI1PK\","
            + " partitionKeys = {\"league\"})",
        PLAYER,
        "index = \"ByLeague\"",
        "The index ByLeague sets both partitionKey and partitionKeys");
  }

  @Test
  void sortKeysWithoutPartitionKeys_isErrorAtIndexAttributes() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", sortKeys = {\"points\"})",
        PLAYER,
        "index = \"ByLeague\"",
        "The index ByLeague sets sortKeys without partitionKeys");
  }

  @Test
  void sortKeyWithPartitionKeys_isErrorAtIndexAttributes() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"}, sortKey = \"SK2\")",
        PLAYER,
        "index = \"ByLeague\"",
        "The index ByLeague sets sortKey with partitionKeys");
  }

  @Test
  void fiveAttributes_isErrorAtIndexAttributes() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"a\", \"b\", \"c\", \"d\","
            + " \"e\"})",
        PLAYER,
        "index = \"ByLeague\"",
        "The index ByLeague lists 5 attributes in partitionKeys: a multi-attribute key has at"
            + " most 4");
  }

  @Test
  void anAttributeTwice_isErrorAtIndexAttributes() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"},"
            + " sortKeys = {\"points\", \"league\"})",
        PLAYER,
        "index = \"ByLeague\"",
        "The index ByLeague lists the attribute league twice in its key");
  }

  @Test
  void aMemberWithSomeKeyAttributes_isErrorAtTheMember() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\", \"season\"})",
        "@KeyTemplate(partition = \"PLAYER#{name}\", sort = \"PLAYER\")\n"
            + "record Player(String name, String league) implements Item {}",
        "record Player(",
        "Player has the attribute league of the index ByLeague but not season");
  }

  @Test
  void aMemberWithoutEverySortAttribute_isErrorAtTheMember() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"},"
            + " sortKeys = {\"points\", \"team\"})",
        "@KeyTemplate(partition = \"PLAYER#{name}\", sort = \"PLAYER\")\n"
            + "record Player(String name, String league, Integer points) implements Item {}",
        "record Player(",
        "Player has the attribute league, points of the index ByLeague but not team");
  }

  @Test
  void aTemplateForAMultiAttributeIndex_isErrorAtTheTemplate() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"})",
        "@KeyTemplate(partition = \"PLAYER#{name}\", sort = \"PLAYER\")\n"
            + "@KeyTemplate(index = \"ByLeague\", partition = \"L#{name}\")\n"
            + "record Player(String name) implements Item {}",
        "@KeyTemplate(index = \"ByLeague\"",
        "Player declares a @KeyTemplate for the index ByLeague, whose key attributes (league)");
  }

  @Test
  void anAttributeOfTwoTypes_isErrorAtTheSecondProperty() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"})",
        "@KeyTemplate(partition = \"PLAYER#{name}\", sort = \"PLAYER\")\n"
            + "record Player(String name,\n Integer league) implements Item {}",
        "Integer league",
        "league");
  }

  @Test
  void aMemberAttributeTheIndexDoesNotProject_isErrorAtIndexAttributes() {
    assertErrorAt(
        "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"},"
            + " projection = Index.ProjectionType.INCLUDE, include = {\"_type\", \"team\"})",
        PLAYER,
        "index = \"ByLeague\"",
        "Team fills the index ByLeague, which projects INCLUDE without its attribute season");
  }

  @Test
  void aTableWithoutTypeAttribute_isErrorAtIndexAttributes() {
    JavaFileObject source =
        table(
            "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\", itemTypeAttribute = \"\")\n"
                + "@IndexAttributes(index = \"ByLeague\", partitionKeys = {\"league\"})",
            TEAM,
            PLAYER);
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("set itemTypeAttribute on @KeyAttributes of Item")
        .inFile(source)
        .onLineContaining("index = \"ByLeague\"");
  }
}
