package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.keyspan.processor.errors.SingleTableSources.IMPORTS;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declared repositories of a single table's sealed interface ({@code @Repository(Item.class)}):
 * reads on the physical key attributes compile, returning the interface or one member; every other
 * method is a compile error at its element, naming the rule.
 */
class SingleTableRepositoryErrorsTest {
  /** Orders under their customer, lines under their order; GSI1 overloaded. */
  private static final JavaFileObject SHOP =
      JavaFileObjects.forSourceString(
          "test.Item",
          IMPORTS
              + "@Table(name = \"Shop\")\n"
              + "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")\n"
              + "@IndexAttributes(index = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")\n"
              + "public sealed interface Item permits Order, Line {}\n"
              + "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDER#{placedAt}#{orderId}\")\n"
              + "@KeyTemplate(index = \"GSI1\", partition = \"ORDER#{orderId}\", sort = \"ORDER\")\n"
              + "record Order(String customerId, String orderId, Instant placedAt, String status,"
              + " BigDecimal total) implements Item {}\n"
              + "@KeyTemplate(partition = \"ORDER#{orderId}\", sort = \"LINE#{lineNo}\")\n"
              + "record Line(String orderId, int lineNo) implements Item {}\n");

  private static JavaFileObject repository(String... methods) {
    return SingleTableSources.repository("Queries", "Item", methods);
  }

  private static void assertErrorAt(JavaFileObject repository, String line, String message) {
    SingleTableSources.assertErrorAt(SHOP, repository, line, message);
  }

  private static void assertErrorAt(
      JavaFileObject repository, String line, Message message, Object... arguments) {
    assertErrorAt(repository, line, message.format(arguments));
  }

  @Test
  void readsOnTheKeyAttributes_compile_asTheInterfaceOrAMember() throws Exception {
    Compilation compilation =
        SingleTableSources.compile(
            SHOP,
            repository(
                "@Query(key = \"PK = :pk AND begins_with(SK, :prefix)\")",
                "List<Item> partition(String pk, String prefix);",
                "@Query(index = \"GSI1\", key = \"GSI1PK = :gsi1pk\")",
                "List<Order> ordersByGsi(String gsi1pk);",
                "@Query(key = \"PK = :pk\", filter = \"total > :minimum\")",
                "List<Order> above(String pk, BigDecimal minimum);",
                "@Scan(filter = \"#_type = :type\")",
                "List<Item> ofType(String type);",
                "@Query(key = \"PK = :pk\")",
                "long count(String pk);"));
    assertThat(compilation).succeededWithoutWarnings();
    String implementation = SingleTableSources.implementation(compilation, "Queries");
    assertThat(implementation).contains("extends DeclaredSingleTableRepository<Item>");
    assertThat(implementation).contains("super(keyspan, ItemSchema.instance())");
    // A member's read goes through its schema: its type filter and its attributes.
    assertThat(implementation).contains("OrderSchema.instance())");
    assertThat(implementation).contains("OrderSchema.TOTAL.toValue(minimum)");
    // A key attribute holds rendered text: its value binds as a plain string.
    assertThat(implementation).contains("Converters.STRING.toAttributeValue(pk)");
  }

  @Test
  void aReturnTypeNeitherTheInterfaceNorAMember_isCompileErrorAtTheMethod() {
    assertErrorAt(
        repository(
            "record Summary(String PK) {}",
            "@Query(key = \"PK = :pk\")",
            "List<Summary> summaries(String pk);"),
        "List<Summary> summaries",
        Message.SINGLE_TABLE_RETURN_TYPE,
        "summaries",
        "java.util.List<test.Queries.Summary>",
        "Item",
        "Item",
        "Order, Line");
    assertErrorAt(
        repository("@Query(key = \"PK = :pk\")", "List<String> keys(String pk);"),
        "List<String> keys",
        Message.SINGLE_TABLE_RETURN_TYPE.prefix() + "keys");
  }

  @Test
  void aKeyConditionOnANonKeyAttribute_isCompileError() {
    // The interface's items share only the key attributes and the item type.
    assertErrorAt(
        repository(
            "@Query(key = \"PK = :pk AND customerId = :c\")",
            "List<Item> of(String pk, String c);"),
        "customerId = :c",
        "names the attribute customerId, which Item does not have");
    // A member's own attributes are no keys of the table.
    assertErrorAt(
        repository(
            "@Query(key = \"PK = :pk AND status = :s\")", "List<Order> of(String pk, String s);"),
        "status = :s",
        "The key condition names status, which is not a key of");
  }

  @Test
  void anUnknownIndex_isCompileError() {
    assertErrorAt(
        repository("@Query(index = \"GSI9\", key = \"GSI1PK = :p\")", "List<Item> of(String p);"),
        "GSI9",
        "The index \"GSI9\" does not exist on the table");
  }

  @Test
  void aPartitionKeyNotTestedWithEquals_isCompileError() {
    assertErrorAt(
        repository("@Query(key = \"SK = :sk\")", "List<Item> of(String sk);"),
        "SK = :sk",
        Message.NO_PARTITION_KEY_CONDITION,
        "of",
        "PK",
        "PK");
  }

  @Test
  void placeholdersAndParametersThatDoNotBind_areCompileErrors() {
    assertErrorAt(
        repository("@Query(key = \"PK = :pk\")", "List<Item> of(String p);"),
        "PK = :pk",
        Message.UNBOUND_PLACEHOLDER.prefix() + "of has no parameter named pk");
    assertErrorAt(
        repository("@Query(key = \"PK = :pk\")", "List<Item> of(int pk);"),
        "int pk",
        "The parameter pk has the type int, but it is compared with the attribute PK");
  }

  @Test
  void writes_areCompileErrors_namingAMemberRepository() {
    assertErrorAt(
        repository("@Put", "void put(Item item);"),
        "void put",
        Message.SINGLE_TABLE_WRITE,
        "put",
        "a PutItem method",
        "Item",
        "Order");
    assertErrorAt(
        repository("@Delete", "void remove(String PK, String SK);"),
        "void remove",
        Message.SINGLE_TABLE_WRITE.prefix() + "remove is a DeleteItem method");
  }

  @Test
  void aProjectionReadAsItems_isCompileErrorAtTheProjection() {
    assertErrorAt(
        repository(
            "@Query(key = \"PK = :pk\",",
            "projection = \"PK, SK\")",
            "List<Item> keys(String pk);"),
        "projection = \"PK, SK\"",
        Message.SINGLE_TABLE_PROJECTED_ITEM,
        "keys",
        "Item");
  }
}
