package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.keyspan.processor.errors.SingleTableSources.IMPORTS;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.testing.FirstRoundGenerator;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declared repositories of single-table members: every key condition the templates cannot serve
 * exactly is a compile error at the method (or its annotation), naming the rule; and the methods
 * they can serve compile.
 */
class MemberRepositoryErrorsTest {
  /** Orders under their customer, lines under their order, events by day then sequence. */
  private static final JavaFileObject SHOP =
      JavaFileObjects.forSourceString(
          "test.Item",
          IMPORTS
              + "@Table(name = \"Shop\")\n"
              + "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")\n"
              + "@IndexAttributes(index = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")\n"
              + "@IndexAttributes(index = \"GSI2\", partitionKey = \"GSI2PK\", sortKey = \"GSI2SK\")\n"
              + "public sealed interface Item permits Order, Line, Event {}\n"
              + "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDER#{placedAt}#{orderId}\")\n"
              + "@KeyTemplate(index = \"GSI1\", partition = \"ORDER#{orderId}\", sort = \"ORDER\")\n"
              + "record Order(String customerId, String orderId, Instant placedAt, String status,"
              + " BigDecimal total) implements Item {}\n"
              + "@KeyTemplate(partition = \"ORDER#{orderId}\", sort = \"LINE#{sku}#{lineNo}\")\n"
              + "@KeyTemplate(index = \"GSI2\", partition = \"SKU#{sku}\", sort = \"{lineNo}\")\n"
              + "record Line(String orderId, String sku, int lineNo) implements Item {}\n"
              + "@KeyTemplate(partition = \"E#{stream}\", sort = \"DAY#{day}#{seq}\")\n"
              + "record Event(String stream, LocalDate day, int seq) implements Item {}\n");

  private static JavaFileObject repository(String member, String... methods) {
    return SingleTableSources.repository("Queries", member, methods);
  }

  private static void assertErrorAt(
      JavaFileObject repository, String line, Message message, Object... arguments) {
    SingleTableSources.assertErrorAt(SHOP, repository, line, message.format(arguments));
  }

  @Test
  void queriesTheTemplatesServe_compile_andNameTheRenderedKeys() throws Exception {
    Compilation compilation =
        SingleTableSources.compile(
            SHOP,
            repository(
                "Line",
                "List<Line> findBySku(String sku);",
                "List<Line> findByOrderIdAndSkuAndLineNoLessThan(String orderId, String sku,"
                    + " int lineNo);",
                "@Query(index = \"GSI2\", key = \"sku = :sku AND lineNo BETWEEN :a AND :b\")"
                    + " List<Line> range(String sku, int a, int b);"));
    assertThat(compilation).succeededWithoutWarnings();
    String implementation = SingleTableSources.implementation(compilation, "Queries");
    assertThat(implementation).contains("{@code GSI2PK = :GSI2PK}");
    // The table key would need a one-ended range after {sku}; GSI2 serves it, orderId filters.
    assertThat(implementation).contains("{@code GSI2PK = :GSI2PK AND GSI2SK < :GSI2SK}");
    assertThat(implementation).contains("{@code orderId = :orderId}");
    assertThat(implementation)
        .contains("{@code GSI2PK = :GSI2PK AND GSI2SK BETWEEN :GSI2SK AND :GSI2SK_}");
  }

  @Test
  void aRepositoryWaits_whileAnotherMemberWaitsForAGeneratedType() {
    JavaFileObject table =
        JavaFileObjects.forSourceString(
            "test.Item",
            IMPORTS
                + "@Table(name = \"Places\")\n"
                + "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")\n"
                + "public sealed interface Item permits Visit, Spot {}\n"
                + "@KeyTemplate(partition = \"P#{placeId}\", sort = \"VISIT#{at}\")\n"
                + "record Visit(String placeId, Instant at) implements Item {}\n"
                + "@KeyTemplate(partition = \"P#{placeId}\", sort = \"SPOT\")\n"
                + "record Spot(String placeId, Geo geo) implements Item {}\n");
    FirstRoundGenerator geo =
        FirstRoundGenerator.source(
            "test.Geo",
            "package test;",
            "@io.keyspan.annotations.Document",
            "public record Geo(double lat, double lon) {}");
    Compilation compilation =
        javac()
            .withProcessors(new KeyspanProcessor(), geo)
            .compile(table, repository("Visit", "List<Visit> findByPlaceId(String placeId);"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Queries_Impl");
  }

  @Test
  void aProjectionReadAsTheMembersItems_isCompileError_asARecordItCompiles() {
    assertErrorAt(
        repository(
            "Order",
            "@Query(key = \"customerId = :c\", projection = \"total, status\")",
            "List<Order> totals(String c);",
            "record Total(BigDecimal total) {}",
            "@Query(key = \"customerId = :c\", projection = \"total\")",
            "List<Total> totalsOnly(String c);"),
        "total, status",
        Message.MEMBER_PROJECTED_ITEM,
        "totals",
        "Order");
  }

  @Test
  void aComponentTestedTwice_isCompileError() {
    assertErrorAt(
        repository("Order", "List<Order> findByCustomerIdAndCustomerId(String a, String b);"),
        "findByCustomerIdAndCustomerId",
        Message.MEMBER_COMPONENT_TWICE,
        "findByCustomerIdAndCustomerId",
        "customerId");
  }

  @Test
  void aPartitionComponentNotTestedWithEquals_isCompileErrorAtTheKey() {
    assertErrorAt(
        repository("Order", "@Query(key = \"placedAt = :at\")", "List<Order> at(Instant at);"),
        "@Query",
        Message.MEMBER_PARTITION_COMPONENT,
        "at",
        "customerId",
        "C#{customerId}",
        "the table key",
        "customerId");
  }

  @Test
  void aSortComponentAfterOneNotTested_isCompileError() {
    assertErrorAt(
        repository(
            "Order",
            "@Query(key = \"customerId = :c AND orderId = :o\")",
            "List<Order> skip(String c, String o);"),
        "@Query",
        Message.MEMBER_SORT_COMPONENT_SKIPPED,
        "skip",
        "orderId",
        "placedAt",
        "ORDER#{placedAt}#{orderId}",
        "the table key",
        "placedAt",
        "orderId");
  }

  @Test
  void aRangeOnAStringThatTextFollows_isCompileError() {
    assertErrorAt(
        repository(
            "Line", "List<Line> findByOrderIdAndSkuGreaterThan(String orderId, String sku);"),
        "findByOrderIdAndSkuGreaterThan",
        Message.MEMBER_RANGE_NOT_LAST,
        "findByOrderIdAndSkuGreaterThan",
        "sku",
        ">",
        "LINE#{sku}#{lineNo}",
        "the table key",
        "java.lang.String",
        "sku");
  }

  @Test
  void beginsWithOnANumber_isCompileError() {
    assertErrorAt(
        repository(
            "Line",
            "List<Line> findByOrderIdAndSkuAndLineNoStartingWith(String orderId, String sku,"
                + " int lineNo);"),
        "findByOrderIdAndSkuAndLineNoStartingWith",
        Message.MEMBER_BEGINS_WITH_COMPONENT,
        "findByOrderIdAndSkuAndLineNoStartingWith",
        "lineNo",
        "LINE#{sku}#{lineNo}",
        "java.lang.Integer");
  }

  @Test
  void aOneEndedRangeAfterFixedComponents_isCompileError() {
    assertErrorAt(
        repository(
            "Event",
            "List<Event> findByStreamAndDayAndSeqGreaterThan(String stream, LocalDate day,"
                + " int seq);"),
        "findByStreamAndDayAndSeqGreaterThan",
        Message.MEMBER_OPEN_RANGE_AFTER_FIXED,
        "findByStreamAndDayAndSeqGreaterThan",
        "seq",
        ">",
        "day",
        "seq");
  }

  @Test
  void aOneEndedRange_withoutAnItemTypeAttribute_isCompileError() {
    JavaFileObject table =
        JavaFileObjects.forSourceString(
            "test.Item",
            IMPORTS
                + "@Table(name = \"Visits\")\n"
                + "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\", itemTypeAttribute = \"\")\n"
                + "public sealed interface Item permits User, Visit {}\n"
                + "@KeyTemplate(partition = \"U#{id}\", sort = \"PROFILE\")\n"
                + "record User(String id) implements Item {}\n"
                + "@KeyTemplate(partition = \"U#{id}\", sort = \"AT#{at}\")\n"
                + "record Visit(String id, Instant at) implements Item {}\n");
    JavaFileObject repository =
        repository(
            "Visit",
            "List<Visit> findByIdAndAtGreaterThan(String id, Instant at);",
            "List<Visit> findByIdAndAtBetween(String id, Instant from, Instant to);");
    Compilation compilation = SingleTableSources.compile(table, repository);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.MEMBER_KEY_READS_OTHER_TYPES.format(
                "findByIdAndAtGreaterThan", "{at}", ">", "Item"))
        .inFile(repository)
        .onLineContaining("findByIdAndAtGreaterThan");
  }

  @Test
  void criteriaThatFixNoPartitionTemplate_areCompileError() {
    assertErrorAt(
        repository("Order", "List<Order> findByStatus(String status);"),
        "findByStatus",
        Message.MEMBER_NO_TEMPLATE,
        "findByStatus",
        "Order",
        "the table key \"C#{customerId}\": customerId; the index GSI1 \"ORDER#{orderId}\": orderId");
  }

  @Test
  void aKeyConditionOnAnAttributeNoTemplateUses_isCompileError() {
    assertErrorAt(
        repository(
            "Order",
            "@Query(key = \"customerId = :c AND total = :t\")",
            "List<Order> notKey(String c, BigDecimal t);"),
        "@Query",
        Message.MEMBER_NOT_A_COMPONENT,
        "notKey",
        "total",
        "Order",
        "the table key",
        "customerId, placedAt, orderId");
  }

  @Test
  void anIndexTheMemberHasNoTemplateFor_isCompileErrorAtTheIndex() {
    assertErrorAt(
        repository(
            "Order",
            "@Query(index = \"GSI2\", key = \"orderId = :o\")",
            "List<Order> second(String o);"),
        "@Query",
        Message.MEMBER_NO_INDEX_TEMPLATE,
        "second",
        "GSI2",
        "Order",
        "the table key, the index GSI1");
  }

  @Test
  void scansAndWrites_compile_namingTheItemByTheTableKeyComponents() throws Exception {
    Compilation compilation =
        SingleTableSources.compile(
            SHOP,
            repository(
                "Order",
                "@Scan(filter = \"status = :status\") List<Order> withStatus(String status);",
                "void deleteByCustomerIdAndPlacedAtAndOrderId(String customerId, Instant placedAt,"
                    + " String orderId);",
                "@Update(update = \"SET status = :status\") Order ship(String customerId,"
                    + " Instant placedAt, String orderId, String status);"));
    assertThat(compilation).succeededWithoutWarnings();
    String implementation = SingleTableSources.implementation(compilation, "Queries");
    assertThat(implementation).contains("DeclaredRead.scan(\"withStatus\", null)");
    assertThat(implementation).contains("write(DELETE_BY_CUSTOMER_ID_AND_PLACED_AT_AND_ORDER_ID,");
    assertThat(implementation).contains("memberKey(customerId, placedAt, orderId)");
    // The attributes an update SETs from parameters go with their values: index keys render them.
    assertThat(implementation).contains(".assigns(\"status\")");
  }

  @Test
  void orderByAComponentTheKeyDoesNotSortBy_isCompileError() {
    assertErrorAt(
        repository("Order", "List<Order> findByCustomerIdOrderByOrderId(String customerId);"),
        "findByCustomerIdOrderByOrderId",
        Message.MEMBER_ORDER_BY,
        "findByCustomerIdOrderByOrderId",
        "orderId",
        "the table key",
        "{placedAt}");
  }

  @Test
  void aComponentParameterOfAnotherType_isCompileErrorAtTheParameter() {
    assertErrorAt(
        repository("Order", "List<Order> findByCustomerId(int customerId);"),
        "int customerId",
        Message.PARAMETER_TYPE,
        "customerId",
        "int",
        "customerId",
        "java.lang.String",
        "java.lang.String");
  }

  @Test
  void anUnboundComponentPlaceholder_isCompileError() {
    assertErrorAt(
        repository(
            "Order", "@Query(key = \"customerId = :customr\")", "List<Order> of(String customer);"),
        "@Query",
        Message.UNBOUND_PLACEHOLDER,
        "of",
        "customr",
        ":customr",
        " (did you mean :customer?)");
  }

  @Test
  void theOrdinaryChecksStillRun_anOptionalOfManyItems() {
    assertErrorAt(
        repository("Order", "Optional<Order> findByCustomerId(String customerId);"),
        "findByCustomerId",
        Message.NOT_UNIQUE,
        "findByCustomerId",
        "java.util.Optional<test.Order>",
        "key condition",
        "SK",
        "Order");
  }
}
