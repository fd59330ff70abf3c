package io.keyspan.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules of multi-attribute global index keys, each error at the annotation that breaks it. */
class MultiAttributeKeyErrorsTest {

  private static JavaFileObject source(String name, String... lines) {
    String header = "package test;\nimport io.keyspan.annotations.*;\nimport java.util.*;\n";
    return JavaFileObjects.forSourceString("test." + name, header + String.join("\n", lines));
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new KeyspanProcessor()).compile(sources);
  }

  @Test
  void legalMultiAttributeKey_compiles() {
    JavaFileObject source =
        source(
            "Match",
            "@Table(name = \"Matches\")",
            "public record Match(@PartitionKey String id,",
            "  @IndexPartitionKey(value = \"ByBracket\", order = 2) String region,",
            "  @IndexPartitionKey(value = \"ByBracket\", order = 1) String tournament,",
            "  @IndexSortKey(value = \"ByBracket\", order = 1) long round,",
            "  @IndexSortKey(value = \"ByBracket\", order = 2) byte[] bracket) {}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  /**
   * Compiles the record Match with a String partition key {@code id} and these components, and
   * asserts {@code error} on the line of the component declared by {@code line}.
   */
  private static void assertEntityError(String line, String error, String... components) {
    JavaFileObject source =
        source(
            "Match",
            "@Table(name = \"Matches\")",
            "public record Match(@PartitionKey String id,",
            String.join(",\n", components) + ") {}");
    assertThat(compile(source)).hadErrorContaining(error).inFile(source).onLineContaining(line);
  }

  @Test
  void oneAttributeWithoutOrderAmongOrderedOnes_isErrorOnIt() {
    assertEntityError(
        "String region",
        Message.MULTI_KEY_ORDER_MISSING.format(
            "region",
            "partition",
            "ByBracket",
            "tournament, region",
            "IndexPartitionKey",
            "ByBracket"),
        "@IndexPartitionKey(value = \"ByBracket\", order = 1) String tournament",
        "@IndexPartitionKey(\"ByBracket\") String region");
  }

  @Test
  void gapInTheOrder_isErrorOnTheAttributeBeyondTheKey() {
    assertEntityError(
        "String bracket",
        Message.MULTI_KEY_ORDER_OUT_OF_RANGE.format(
            "bracket", 3, "sort", "ByBracket", 2, "round, bracket", 2),
        "@IndexPartitionKey(\"ByBracket\") String tournament",
        "@IndexSortKey(value = \"ByBracket\", order = 1) int round",
        "@IndexSortKey(value = \"ByBracket\", order = 3) String bracket");
  }

  @Test
  void singleAttributeWithAnOrderBeyondOne_isError() {
    assertEntityError(
        "String tournament",
        Message.MULTI_KEY_ORDER_OUT_OF_RANGE.format(
            "tournament", 2, "partition", "ByBracket", 1, "tournament", 1),
        "@IndexPartitionKey(value = \"ByBracket\", order = 2) String tournament");
  }

  @Test
  void samePositionTwice_isErrorOnTheSecond() {
    assertEntityError(
        "String region",
        Message.MULTI_KEY_ORDER_TWICE.format("region", 1, "partition", "ByBracket", "tournament"),
        "@IndexPartitionKey(value = \"ByBracket\", order = 1) String tournament",
        "@IndexPartitionKey(value = \"ByBracket\", order = 1) String region");
  }

  @Test
  void fiveSortAttributes_isErrorOnTheFifth() {
    assertEntityError(
        "String e)",
        Message.MULTI_KEY_TOO_MANY.format("sort", "ByBracket", 5, "a, b, c, d, e", 4),
        "@IndexPartitionKey(\"ByBracket\") String tournament",
        "@IndexSortKey(value = \"ByBracket\", order = 1) String a",
        "@IndexSortKey(value = \"ByBracket\", order = 2) String b",
        "@IndexSortKey(value = \"ByBracket\", order = 3) String c",
        "@IndexSortKey(value = \"ByBracket\", order = 4) String d",
        "@IndexSortKey(value = \"ByBracket\", order = 5) String e");
  }

  @Test
  void keyAttributeOfAnotherType_isKeyTypeErrorOnIt() {
    assertEntityError(
        "boolean open",
        Message.KEY_TYPE.format("open", "boolean (stored as BOOL)"),
        "@IndexPartitionKey(value = \"ByBracket\", order = 1) String tournament",
        "@IndexPartitionKey(value = \"ByBracket\", order = 2) boolean open");
  }

  private static final JavaFileObject MATCH =
      source(
          "Match",
          "@Table(name = \"Matches\")",
          "public record Match(@PartitionKey String id,",
          "  @IndexPartitionKey(value = \"ByBracket\", order = 1) String tournament,",
          "  @IndexPartitionKey(value = \"ByBracket\", order = 2) String region,",
          "  @IndexSortKey(value = \"ByBracket\", order = 1) int round,",
          "  @IndexSortKey(value = \"ByBracket\", order = 2) String bracket,",
          "  @IndexSortKey(value = \"ByBracket\", order = 3) String game) {}");

  private static JavaFileObject queries(String... methods) {
    return source(
        "Matches",
        "@Repository(Match.class)",
        "public interface Matches {",
        String.join("\n", methods),
        "}");
  }

  /**
   * Compiles a repository whose one method queries the index ByBracket with {@code key}, and
   * asserts {@code error} on the line of its {@code @Query}.
   */
  private static void assertKeyConditionError(String key, String method, String error) {
    JavaFileObject queries =
        queries("@Query(index = \"ByBracket\", key = \"" + key + "\")", method);
    assertThat(compile(MATCH, queries))
        .hadErrorContaining(error)
        .inFile(queries)
        .onLineContaining(key);
  }

  @Test
  void declaredQueryWithoutEveryPartitionAttribute_isErrorOnTheMethod() {
    assertKeyConditionError(
        "tournament = :t",
        "List<Match> byTournament(String t);",
        Message.MULTI_KEY_PARTITION_NOT_EQUAL.format(
            "byTournament", "region", "the index ByBracket", "tournament, region", "region"));
  }

  @Test
  void declaredQueryWithARangeOnAPartitionAttribute_isErrorOnTheMethod() {
    assertKeyConditionError(
        "tournament = :t AND region > :r",
        "List<Match> fromRegion(String t, String r);",
        Message.MULTI_KEY_PARTITION_NOT_EQUAL.format(
            "fromRegion", "region", "the index ByBracket", "tournament, region", "region"));
  }

  @Test
  void declaredQuerySkippingASortAttribute_isErrorOnTheMethod() {
    assertKeyConditionError(
        "tournament = :t AND region = :r AND bracket = :b",
        "List<Match> byBracket(String t, String r, String b);",
        Message.MULTI_KEY_SORT_SKIPPED.format(
            "byBracket", "bracket", "round", "the index ByBracket", "round, bracket, game"));
  }

  @Test
  void declaredQueryWithARangeBeforeTheLastSortAttributeTested_isErrorOnTheMethod() {
    assertKeyConditionError(
        "tournament = :t AND region = :r AND round > :n AND bracket = :b",
        "List<Match> later(String t, String r, int n, String b);",
        Message.MULTI_KEY_RANGE_NOT_LAST.format(
            "later", "round", "bracket", "the index ByBracket"));
  }

  @Test
  void declaredQueryOnANonKeyAttribute_namesEveryKeyAttribute() {
    assertKeyConditionError(
        "tournament = :t AND region = :r AND id = :i",
        "List<Match> byId(String t, String r, String i);",
        Message.NON_KEY_IN_KEY_CONDITION.format(
            "id", "the index ByBracket", "tournament, region", ", sort key round, bracket, game"));
  }

  @Test
  void declaredQueriesOfLegalPrefixes_compile() {
    JavaFileObject queries =
        queries(
            "@Query(index = \"ByBracket\", key = \"tournament = :t AND region = :r\")",
            "List<Match> all(String t, String r);",
            "@Query(index = \"ByBracket\", key = \"tournament = :t AND region = :r"
                + " AND round = :n AND begins_with(bracket, :b)\")",
            "List<Match> bracket(String t, String r, int n, String b);",
            "@Query(index = \"ByBracket\", key = \"game = :g AND bracket = :b AND round = :n"
                + " AND region = :r AND tournament = :t\")",
            "List<Match> game(String t, String r, int n, String b, String g);");
    assertThat(compile(MATCH, queries)).succeededWithoutWarnings();
  }

  @Test
  void multiAttributeKeyOnASingleTableMember_isErrorOnTheProperty() {
    // Single-table indexes are keyed by one templated attribute each (@IndexAttributes); a member
    // cannot declare index keys of its own, so multi-attribute keys are for @Table records only.
    JavaFileObject source =
        source(
            "Item",
            "@Table(name = \"Shop\")",
            "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")",
            "public sealed interface Item permits Match {}",
            "@KeyTemplate(partition = \"M#{id}\", sort = \"M\")",
            "record Match(String id,",
            "  @IndexPartitionKey(value = \"ByBracket\", order = 1) String tournament,",
            "  @IndexPartitionKey(value = \"ByBracket\", order = 2) String region) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.MEMBER_PROPERTY_ROLE.format("tournament", "Match", "IndexPartitionKey"))
        .inFile(source)
        .onLineContaining("String tournament");
  }
}
