package io.keyspan.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every check of a declared repository is a compile error on the offending method or annotation
 * value, with the rule and the fix from {@link Message}.
 */
class DeclaredChecksTest {
  private static final JavaFileObject ORDER =
      JavaFileObjects.forSourceLines(
          "test.Order",
          "package test;",
          "import io.keyspan.annotations.*;",
          "import java.util.List;",
          "import java.util.Set;",
          "@Table(name = \"Orders\")",
          "@Index(name = \"ByStatus\", projection = Index.ProjectionType.KEYS_ONLY)",
          "public record Order(",
          "    @PartitionKey @Attribute(\"CustomerID\") String customerId,",
          "    @SortKey @Attribute(\"OrderID\") String orderId,",
          "    @IndexPartitionKey(\"ByStatus\") @Attribute(\"Status\") String status,",
          "    @Attribute(\"Total\") long total,",
          "    @Attribute(\"Rank\") int rank,",
          "    @Attribute(\"Tags\") Set<String> tags,",
          "    @Attribute(\"Notes\") List<String> notes) {}");

  private static JavaFileObject repository(String... methods) {
    String[] lines = new String[methods.length + 9];
    lines[0] = "package test;";
    lines[1] = "import io.keyspan.annotations.*;";
    lines[2] = "import io.keyspan.repository.Page;";
    lines[3] = "import java.util.List;";
    lines[4] = "import java.util.Optional;";
    lines[5] = "import java.util.Set;";
    lines[6] = "@Repository(Order.class)";
    lines[7] = "public interface Orders {";
    System.arraycopy(methods, 0, lines, 8, methods.length);
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("test.Orders", lines);
  }

  private static Compilation compile(JavaFileObject repository) {
    return javac().withProcessors(new KeyspanProcessor()).compile(ORDER, repository);
  }

  private static void assertError(JavaFileObject repository, String line, String... fragments) {
    assertErrorAt(compile(repository), repository, line, fragments);
  }

  /**
   * Asserts the catalog entry, formatted with its arguments, as an error on the line containing
   * {@code line}.
   */
  private static void assertError(
      JavaFileObject repository, String line, Message message, Object... arguments) {
    assertErrorAt(compile(repository), repository, line, message.format(arguments));
  }

  /**
   * Asserts an error containing each fragment in {@code file} on the line containing {@code line}.
   * (compile-testing's own {@code hadErrorContaining} chain fails on this test classpath, where the
   * Android flavour of Guava wins; this checks the same thing through the diagnostics.)
   */
  private static void assertErrorAt(
      Compilation compilation, JavaFileObject file, String line, String... fragments) {
    assertThat(compilation).failed();
    for (javax.tools.Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      Truth.assertThat(error.getMessage(Locale.ROOT)).doesNotContainMatch("\\?[.:]");
    }
    long lineNumber = lineOf(file, line);
    List<String> errorsOnLine =
        compilation.errors().stream()
            .filter(
                d ->
                    d.getSource() != null
                        && d.getSource().toUri().equals(file.toUri())
                        && d.getLineNumber() == lineNumber)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    for (String fragment : fragments) {
      Truth.assertWithMessage(
              "errors on line %s (\"%s\"): %s", lineNumber, line, compilation.errors())
          .that(errorsOnLine.stream().anyMatch(m -> m.contains(fragment)))
          .isTrue();
    }
  }

  private static long lineOf(JavaFileObject file, String text) {
    try {
      List<String> lines = file.getCharContent(true).toString().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no line contains " + text);
  }

  @Test
  void validRepository_compiles() {
    assertThat(
            compile(
                repository(
                    "@Query(key = \"CustomerID = :c AND OrderID > :o\", filter = \"Total > :t\") List<Order> a(String c, String o, long t);",
                    "@Query(index = \"ByStatus\", key = \"Status = :s\") List<Order> b(String s);",
                    "@Scan(filter = \"size(Tags) > :n\") long c(int n);",
                    "List<Order> findByCustomerIdAndOrderIdStartingWith(String customerId, String prefix);",
                    "@Scan(filter = \"#Status = :s AND Rank > :r\") List<Order> d(String s, int r);")))
        .succeededWithoutWarnings();
  }

  @Test
  void inheritedMethods_areImplementedToo() {
    JavaFileObject base =
        JavaFileObjects.forSourceLines(
            "test.ByCustomer",
            "package test;",
            "import java.util.List;",
            "public interface ByCustomer {",
            "  List<Order> findByCustomerId(String customerId);",
            "}");
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Orders",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Repository(Order.class)",
            "public interface Orders extends ByCustomer {",
            "  default int answer() { return 42; }",
            "}");
    assertThat(javac().withProcessors(new KeyspanProcessor()).compile(ORDER, base, source))
        .succeeded();
  }

  @Test
  void repositoryOverInvalidTable_reportsTheTablesErrorOnce() {
    JavaFileObject table =
        JavaFileObjects.forSourceLines(
            "test.Keyless",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Table(name = \"Keyless\")",
            "public record Keyless(@Attribute(\"Id\") String id) {}");
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.KeylessQueries",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Repository(Keyless.class)",
            "public interface KeylessQueries {",
            "  java.util.List<Keyless> findById(String id);",
            "}");
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(table, source);
    String tableError = Message.NO_PARTITION_KEY.format("Keyless");
    Truth.assertThat(
            compilation.errors().stream()
                .filter(e -> e.getMessage(Locale.ROOT).equals(tableError))
                .count())
        .isEqualTo(1);
    assertErrorAt(compilation, table, "public record Keyless", tableError);
    assertErrorAt(
        compilation,
        source,
        "@Repository(Keyless.class)",
        Message.ENTITY_HAS_ERRORS.format("Keyless", "KeylessQueries"));
    Truth.assertThat(compilation.errors()).hasSize(2);
  }

  @Test
  void syntaxError_isReportedAlone_onTheAnnotationValue() {
    JavaFileObject source =
        repository(
            "@Query(key = \"CustomerID = = :c\", filter = \"Nope > :x\") List<Order> bad(String c, long x);");
    Compilation compilation = compile(source);
    Truth.assertThat(compilation.errors()).hasSize(1);
    assertErrorAt(compilation, source, "List<Order> bad", "Syntax error");
  }

  @Test
  void unknownNamePlaceholder_isSyntaxError() {
    assertError(
        repository("@Scan(filter = \"#Stat = :s\") List<Order> open(String s);"),
        "List<Order> open",
        "#Stat");
  }

  @Test
  void unknownAttribute_isCompileError_withDidYouMean() {
    assertError(
        repository("@Scan(filter = \"Totl > :t\") List<Order> big(long t);"),
        "List<Order> big",
        Message.UNKNOWN_ATTRIBUTE,
        "The filter of big",
        "Totl",
        "Order",
        "; did you mean Total?",
        "CustomerID, OrderID, Status, Total, Rank, Tags, Notes");
  }

  @Test
  void unknownIndex_isCompileError_withDidYouMean() {
    assertError(
        repository(
            "@Query(index = \"ByStatsu\", key = \"Status = :s\") List<Order> open(String s);"),
        "List<Order> open",
        Message.UNKNOWN_INDEX,
        "ByStatsu",
        "Orders",
        "; did you mean ByStatus?",
        "ByStatus");
  }

  @Test
  void placeholderWithoutParameter_isCompileError_withDidYouMean() {
    assertError(
        repository("@Query(key = \"CustomerID = :custmer\") List<Order> mine(String customer);"),
        "List<Order> mine",
        Message.UNBOUND_PLACEHOLDER,
        "mine",
        "custmer",
        ":custmer",
        " (did you mean :customer?)");
  }

  @Test
  void unusedParameter_isCompileError() {
    assertError(
        repository("@Query(key = \"CustomerID = :c\") List<Order> mine(String c, String extra);"),
        "List<Order> mine",
        Message.UNUSED_PARAMETER,
        "extra",
        "extra",
        "extra");
  }

  @Test
  void stringParameterAgainstNumberAttribute_isCompileError() {
    assertError(
        repository("@Scan(filter = \"Total > :t\") List<Order> big(String t);"),
        "List<Order> big",
        Message.PARAMETER_TYPE,
        "t",
        "java.lang.String",
        "Total",
        "java.lang.Long",
        "long");
  }

  @Test
  void collectionParameterAgainstScalar_isCompileError() {
    assertError(
        repository("@Scan(filter = \"Status = :s\") List<Order> any(List<String> s);"),
        "List<Order> any",
        Message.COLLECTION_PARAMETER,
        "s",
        "java.util.List<java.lang.String>",
        "Status");
  }

  @Test
  void keyConditionWithoutPartitionKeyEquality_isCompileError() {
    assertError(
        repository("@Query(key = \"CustomerID > :c\") List<Order> mine(String c);"),
        "List<Order> mine",
        Message.NO_PARTITION_KEY_CONDITION,
        "mine",
        "CustomerID",
        "CustomerID");
  }

  @Test
  void nonKeyAttributeInKeyCondition_isCompileError() {
    assertError(
        repository(
            "@Query(key = \"CustomerID = :c AND Total > :t\") List<Order> mine(String c, long t);"),
        "List<Order> mine",
        Message.NON_KEY_IN_KEY_CONDITION,
        "Total",
        "the table Orders",
        "CustomerID",
        ", sort key OrderID");
  }

  @Test
  void orInKeyCondition_isCompileError() {
    assertError(
        repository(
            "@Query(key = \"CustomerID = :c OR OrderID = :o\") List<Order> mine(String c, String o);"),
        "List<Order> mine",
        "key condition");
  }

  @Test
  void beginsWithOnNumberSortKey_isCompileError() {
    JavaFileObject scores =
        JavaFileObjects.forSourceLines(
            "test.Score",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Table(name = \"Scores\")",
            "public record Score(@PartitionKey @Attribute(\"Game\") String game, @SortKey @Attribute(\"Points\") long points) {}");
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Scores",
            "package test;",
            "import io.keyspan.annotations.*;",
            "import java.util.List;",
            "@Repository(Score.class)",
            "public interface Scores {",
            "  @Query(key = \"Game = :g AND begins_with(Points, :p)\") List<Score> top(String g, long p);",
            "}");
    assertErrorAt(
        javac().withProcessors(new KeyspanProcessor()).compile(scores, source),
        source,
        "List<Score> top",
        Message.BEGINS_WITH_TYPE.format("Points", "a number (N)"));
  }

  @Test
  void keyAttributeInQueryFilter_isCompileError() {
    assertError(
        repository(
            "@Query(key = \"CustomerID = :c\", filter = \"OrderID = :o\") List<Order> mine(String c, String o);"),
        "List<Order> mine",
        Message.KEY_IN_FILTER,
        "mine",
        "OrderID",
        "the table Orders");
  }

  @Test
  void consistentReadOnGlobalIndex_isCompileError() {
    assertError(
        repository(
            "@Query(index = \"ByStatus\", key = \"Status = :s\", consistentRead = true) List<Order> open(String s);"),
        "List<Order> open",
        Message.CONSISTENT_READ_ON_GLOBAL_INDEX,
        "open",
        "ByStatus");
  }

  @Test
  void attributeNotProjectedIntoIndex_isCompileError() {
    assertError(
        repository(
            "@Query(index = \"ByStatus\", key = \"Status = :s\", filter = \"Total > :t\") List<Order> open(String s, long t);"),
        "List<Order> open",
        Message.NOT_PROJECTED,
        "open",
        "Total",
        "ByStatus",
        "KEYS_ONLY");
  }

  @Test
  void optionalFromNonUniqueQuery_isCompileError() {
    assertError(
        repository("@Query(key = \"CustomerID = :c\") Optional<Order> mine(String c);"),
        "Optional<Order> mine",
        Message.NOT_UNIQUE,
        "mine",
        "java.util.Optional<test.Order>",
        "key condition",
        "OrderID",
        "Order");
  }

  @Test
  void optionalWithLimitOne_compiles() {
    assertThat(
            compile(
                repository(
                    "@Query(key = \"CustomerID = :c\", limit = 1) Optional<Order> latest(String c);")))
        .succeeded();
  }

  @Test
  void unsupportedReturnType_isCompileError() {
    assertError(
        repository("@Query(key = \"CustomerID = :c\") Set<Order> mine(String c);"),
        "Set<Order> mine",
        Message.READ_RETURN_TYPE,
        "mine",
        "java.util.Set<test.Order>",
        "a Query method",
        "Order",
        "Order",
        "Order",
        "Order",
        "Order");
  }

  @Test
  void cursorParameterWithoutPage_isCompileError_andWrongPagingTypes() {
    assertError(
        repository(
            "@Query(key = \"CustomerID = :c\") Page<Order> mine(String c, @PageSize long size);"),
        "Page<Order> mine",
        Message.PAGING_PARAMETER,
        "PageSize",
        "size",
        "an int");
  }

  @Test
  void methodWithoutOperation_isCompileError() {
    assertError(
        repository("List<Order> everything();"),
        "List<Order> everything",
        Message.NO_OPERATION,
        "everything");
  }

  @Test
  void twoOperations_isCompileError() {
    assertError(
        repository("@Scan @Query(key = \"CustomerID = :c\") List<Order> both(String c);"),
        "List<Order> both",
        Message.TWO_OPERATIONS,
        "both",
        "Scan",
        "Query");
  }

  @Test
  void derivedUnknownProperty_isCompileError_withDidYouMean() {
    assertError(
        repository("List<Order> findByCustmerId(String customerId);"),
        "findByCustmerId",
        Message.UNKNOWN_PROPERTY,
        "findByCustmerId",
        "custmerId",
        "Order",
        "; did you mean customerId?",
        "customerId, notes, orderId, rank, status, tags, total");
  }

  @Test
  void derivedScanWithoutAllowScan_isCompileError() {
    assertError(
        repository("List<Order> findByTotal(long total);"),
        "findByTotal",
        "cannot run as a Query",
        "annotate the method @AllowScan");
  }

  @Test
  void derivedScanWithAllowScan_compiles() {
    assertThat(compile(repository("@AllowScan List<Order> findByTotal(long total);"))).succeeded();
  }

  @Test
  void derivedOr_isCompileError() {
    assertError(
        repository("List<Order> findByCustomerIdOrStatus(String customerId, String status);"),
        "findByCustomerIdOrStatus",
        Message.OR_IN_NAME,
        "findByCustomerIdOrStatus");
  }

  @Test
  void derivedOrderByNonSortKey_isCompileError() {
    assertError(
        repository("List<Order> findByCustomerIdOrderByTotalDesc(String customerId);"),
        "findByCustomerIdOrderByTotalDesc",
        "orders by total",
        "only in the order of its sort key");
  }

  @Test
  void derivedParameterCountMismatch_isCompileError() {
    assertError(
        repository(
            "List<Order> findByCustomerIdAndOrderIdBetween(String customerId, String from);"),
        "findByCustomerIdAndOrderIdBetween",
        "Between takes two values");
  }

  @Test
  void derivedCountReturningList_isCompileError() {
    assertError(
        repository("List<Order> countByCustomerId(String customerId);"),
        "countByCustomerId",
        Message.COUNT_RESULT,
        "countByCustomerId",
        "java.util.List<test.Order>");
  }

  @Test
  void derivedExistsReturningString_isCompileError() {
    assertError(
        repository("String existsByCustomerId(String customerId);"),
        "existsByCustomerId",
        Message.EXISTS_RESULT,
        "existsByCustomerId",
        "java.lang.String");
  }

  @Test
  void derivedDeleteByNonKey_isCompileError() {
    assertError(
        repository("void deleteByStatus(String status);"),
        "deleteByStatus",
        "DynamoDB deletes one item by its whole primary key");
  }

  @Test
  void tableWithErrors_isReportedOnTheRepositoryOnce() {
    JavaFileObject broken =
        JavaFileObjects.forSourceLines(
            "test.Broken",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Table(name = \"Broken\")",
            "public record Broken(@Attribute(\"A\") String a) {}");
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Brokens",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Repository(Broken.class)",
            "public interface Brokens {}");
    assertErrorAt(
        javac().withProcessors(new KeyspanProcessor()).compile(broken, source),
        source,
        "@Repository",
        Message.ENTITY_HAS_ERRORS.format("Broken", "Brokens"));
  }

  @Test
  void updateOfKeyAttribute_isCompileError() {
    assertError(
        repository(
            "@Update(update = \"SET OrderID = :o\") void move(String customerId, String orderId, String o);"),
        "void move",
        Message.KEY_ATTRIBUTE_UPDATED,
        "move",
        "OrderID");
  }

  @Test
  void addOnString_isCompileError() {
    assertError(
        repository(
            "@Update(update = \"ADD Status :s\") void f(String customerId, String orderId, String s);"),
        "void f",
        Message.ADD_TYPE,
        "Status",
        "Status",
        "S",
        "Status");
  }

  @Test
  void deleteOnList_isCompileError() {
    assertError(
        repository(
            "@Update(update = \"DELETE Notes :n\") void f(String customerId, String orderId, List<String> n);"),
        "void f",
        Message.DELETE_TYPE,
        "Notes",
        "Notes",
        "L");
  }

  @Test
  void listAppendOnSet_isCompileError() {
    assertError(
        repository(
            "@Update(update = \"SET Tags = list_append(Tags, :t)\") void f(String customerId, String orderId, Set<String> t);"),
        "void f",
        Message.LIST_APPEND_TYPE,
        "Tags",
        "Tags",
        "SS, NS or BS");
  }

  @Test
  void overlappingUpdatePaths_isCompileError() {
    assertError(
        repository(
            "@Update(update = \"SET Total = :a, Total = :b\") void f(String customerId, String orderId, long a, long b);"),
        "void f",
        "overlap");
  }

  @Test
  void writeWithoutKeyParameter_isCompileError() {
    assertError(
        repository("@Delete void drop(String customerId);"),
        "void drop",
        Message.WRITE_KEY_PARAMETER,
        "drop",
        "orderId",
        "java.lang.String");
  }

  @Test
  void putWithoutItemParameter_isCompileError() {
    assertError(
        repository("@Put void store(String customerId);"),
        "void store",
        Message.PUT_ENTITY_PARAMETER,
        "store",
        "Order",
        0);
  }

  @Test
  void updateReturningList_isCompileError() {
    assertError(
        repository(
            "@Update(update = \"REMOVE Notes\") List<Order> f(String customerId, String orderId);"),
        "List<Order> f",
        Message.UPDATE_RETURN_TYPE,
        "f",
        "java.util.List<test.Order>",
        "Order",
        "Order");
  }

  @Test
  void projectionRecordWithUnknownComponent_isCompileError_withDidYouMean() {
    JavaFileObject summary =
        JavaFileObjects.forSourceLines(
            "test.Summary", "package test;", "public record Summary(String orderId, long totl) {}");
    JavaFileObject source =
        repository("@Query(key = \"CustomerID = :c\") List<Summary> summaries(String c);");
    assertErrorAt(
        javac().withProcessors(new KeyspanProcessor()).compile(ORDER, summary, source),
        source,
        "List<Summary> summaries",
        Message.PROJECTION_COMPONENT.format(
            "Summary", "summaries", "totl", "Order", "; did you mean total?"));
  }

  @Test
  void projectionRecordWithOtherComponentType_isCompileError() {
    JavaFileObject summary =
        JavaFileObjects.forSourceLines(
            "test.Summary",
            "package test;",
            "public record Summary(String orderId, String total) {}");
    JavaFileObject source =
        repository("@Query(key = \"CustomerID = :c\") List<Summary> summaries(String c);");
    assertErrorAt(
        javac().withProcessors(new KeyspanProcessor()).compile(ORDER, summary, source),
        source,
        "List<Summary> summaries",
        Message.PROJECTION_COMPONENT_TYPE.format(
            "Summary", "summaries", "total", "Order", "java.lang.String", "long"));
  }

  @Test
  void cursorWithoutPageResult_isCompileError() {
    assertError(
        repository(
            "@Query(key = \"CustomerID = :c\") List<Order> mine(String c, @Cursor String after);"),
        "List<Order> mine",
        Message.CURSOR_NEEDS_PAGE,
        "after",
        "mine",
        "Order");
  }

  @Test
  void freeValueOfUnsupportedType_isCompileError() {
    assertError(
        repository("@Scan(filter = \"size(Tags) > :n\") List<Order> tagged(java.time.Instant n);"),
        "List<Order> tagged",
        Message.VALUE_TYPE,
        "n",
        "java.time.Instant");
  }

  @Test
  void genericMethod_isCompileError() {
    assertError(
        repository("@Query(key = \"CustomerID = :c\") <X> List<Order> mine(String c);"),
        "List<Order> mine",
        Message.GENERIC_METHOD,
        "mine",
        "X");
  }

  @Test
  void repositoryOnClass_isCompileError() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Orders",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Repository(Order.class)",
            "public abstract class Orders {}");
    assertErrorAt(
        compile(source),
        source,
        "public abstract class Orders",
        Message.NOT_AN_INTERFACE.format("Orders"));
  }

  @Test
  void repositoryOfNonTable_isCompileError() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Strings",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Repository(String.class)",
            "public interface Strings {}");
    assertErrorAt(compile(source), source, "@Repository", Message.NOT_A_TABLE.format("String"));
  }

  @Test
  void projectionRecordOfAttributeNotInIndex_isCompileError() {
    JavaFileObject summary =
        JavaFileObjects.forSourceLines(
            "test.Summary",
            "package test;",
            "public record Summary(String orderId, long total) {}");
    JavaFileObject source =
        repository(
            "@Query(index = \"ByStatus\", key = \"Status = :s\") List<Summary> open(String s);");
    assertErrorAt(
        javac().withProcessors(new KeyspanProcessor()).compile(ORDER, summary, source),
        source,
        "List<Summary> open",
        "uses the attribute Total, which the index ByStatus does not project (KEYS_ONLY)");
  }

  @Test
  void writeToVersionedTable_isCompileError() {
    JavaFileObject account =
        JavaFileObjects.forSourceLines(
            "test.Account",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Table(name = \"Accounts\")",
            "public record Account(@PartitionKey @Attribute(\"Owner\") String owner, @Version @Attribute(\"Version\") Long version) {}");
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Accounts",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Repository(Account.class)",
            "public interface Accounts {",
            "  @Put void store(Account account);",
            "}");
    assertErrorAt(
        javac().withProcessors(new KeyspanProcessor()).compile(account, source),
        source,
        "void store",
        "whose attribute Version is maintained by Keyspan (@Version)",
        "Use the generated AccountRepository");
  }
}
