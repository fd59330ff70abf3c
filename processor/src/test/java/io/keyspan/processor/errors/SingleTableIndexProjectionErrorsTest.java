package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The projection and capacity of a single table's {@code @IndexAttributes}: what they generate, and
 * each rule's error at the annotation or the member's key template.
 */
class SingleTableIndexProjectionErrorsTest {
  private static final String MEMBER =
      "@KeyTemplate(partition = \"T#{ticketId}\", sort = \"T\")\n"
          + "@KeyTemplate(index = \"GSI1\", partition = \"OPEN\", sort = \"T#{ticketId}\")\n"
          + "record Ticket(String ticketId, String title) implements Item {}\n";

  private static JavaFileObject table(String table, String index) {
    return JavaFileObjects.forSourceString(
        "test.Item",
        "package test;\n"
            + "import io.keyspan.annotations.*;\n"
            + table
            + "\n@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")\n"
            + index
            + "\npublic sealed interface Item permits Ticket {}\n"
            + MEMBER);
  }

  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new KeyspanProcessor()).compile(source);
  }

  private static String generated(Compilation compilation, String name) throws Exception {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void includeAndCapacity_reachTheTableDefinition() throws Exception {
    Compilation compilation =
        compile(
            table(
                "@Table(name = \"Tickets\", billingMode = Table.BillingMode.PROVISIONED,"
                    + " readCapacity = 10, writeCapacity = 4)",
                "@IndexAttributes(index = \"GSI1\", partitionKey = \"G1PK\", sortKey = \"G1SK\","
                    + " projection = Index.ProjectionType.INCLUDE,"
                    + " include = {\"_type\", \"ticketId\", \"title\"}, writeCapacity = 3)"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ItemSchema"))
        .contains(
            "IndexProjection.include(List.of(\"_type\", \"ticketId\", \"title\")),"
                + " ProvisionedThroughput.of(10L, 3L))");
  }

  @Test
  void withoutProjection_theIndexProjectsAll_withTheTablesCapacity() throws Exception {
    Compilation compilation =
        compile(
            table(
                "@Table(name = \"Tickets\")",
                "@IndexAttributes(index = \"GSI1\", partitionKey = \"G1PK\", sortKey = \"G1SK\")"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ItemSchema")).contains("IndexProjection.ALL, null))");
  }

  @Test
  void includeWithoutIncludeProjection_isErrorAtTheAnnotation() {
    JavaFileObject source =
        table(
            "@Table(name = \"Tickets\")",
            "@IndexAttributes(index = \"GSI1\", partitionKey = \"G1PK\", sortKey = \"G1SK\","
                + " include = {\"title\"})");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.INCLUDE_WITHOUT_INCLUDE_PROJECTION.format("GSI1", "ALL"))
        .inFile(source)
        .onLineContaining("include = {");
  }

  @Test
  void capacityOnAnOnDemandTable_isErrorAtTheAnnotation() {
    JavaFileObject source =
        table(
            "@Table(name = \"Tickets\")",
            "@IndexAttributes(index = \"GSI1\", partitionKey = \"G1PK\", sortKey = \"G1SK\","
                + " readCapacity = 3)");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.INDEX_CAPACITY_ON_DEMAND.format("GSI1"))
        .inFile(source)
        .onLineContaining("readCapacity = 3");
  }

  @Test
  void aMemberAttributeTheIndexLeavesOut_isErrorAtTheMembersTemplate() {
    JavaFileObject source =
        table(
            "@Table(name = \"Tickets\")",
            "@IndexAttributes(index = \"GSI1\", partitionKey = \"G1PK\", sortKey = \"G1SK\","
                + " projection = Index.ProjectionType.INCLUDE, include = {\"_type\", \"ticketId\"})");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            Message.MEMBER_INDEX_NOT_PROJECTED.format(
                "Ticket", "GSI1", "INCLUDE", "title", "title"))
        .inFile(source)
        .onLineContaining("@KeyTemplate(index = \"GSI1\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void keysOnly_leavesOutTheItemTypeAttribute_andEveryMemberAttribute() {
    JavaFileObject source =
        table(
            "@Table(name = \"Tickets\")",
            "@IndexAttributes(index = \"GSI1\", partitionKey = \"G1PK\", sortKey = \"G1SK\","
                + " projection = Index.ProjectionType.KEYS_ONLY)");
    Compilation compilation = compile(source);
    for (String attribute : new String[] {"_type", "ticketId", "title"}) {
      assertThat(compilation)
          .hadErrorContaining(
              Message.MEMBER_INDEX_NOT_PROJECTED.format(
                  "Ticket", "GSI1", "KEYS_ONLY", attribute, attribute))
          .inFile(source)
          .onLineContaining("@KeyTemplate(index = \"GSI1\"");
    }
    assertThat(compilation).hadErrorCount(3);
  }
}
