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
 * Every rule of single tables ({@code @Table} on a sealed interface), each error at its element or
 * annotation, with the catalog's message.
 */
class SingleTableErrorsTest {
  private static final String HEADER =
      "package test;\n"
          + "import io.keyspan.annotations.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.Instant;\n"
          + "import java.util.List;\n"
          + "import java.util.Optional;\n";

  /** One file: the table's annotations, the sealed interface {@code Item}, then the members. */
  private static JavaFileObject table(String tableAnnotations, String permits, String... members) {
    return JavaFileObjects.forSourceString(
        "test.Item",
        HEADER
            + "@Table(name = \"Shop\")\n"
            + tableAnnotations
            + "\npublic sealed interface Item permits "
            + permits
            + " {}\n"
            + String.join("\n", members)
            + "\n");
  }

  private static final String KEYS = "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")";
  private static final String GSI1 =
      "@IndexAttributes(index = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")";

  /** The source compiles, with the warning on the line containing {@code line}. */
  private static void assertWarningAt(JavaFileObject source, String line, String warning) {
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(warning).inFile(source).onLineContaining(line);
  }

  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new KeyspanProcessor()).compile(source);
  }

  @Test
  void theIssuesShop_compilesWithoutWarnings() {
    JavaFileObject source =
        table(
            KEYS
                + "\n"
                + GSI1
                + "\n@Collection(name = \"customer\", partition = \"C#{customerId}\")",
            "Customer, Order",
            "@KeyTemplate(partition = \"C#{customerId}\", sort = \"PROFILE\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"EMAIL#{email}\", sort = \"C\")",
            "record Customer(String customerId, String email) implements Item {}",
            "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDER#{placedAt}#{orderId}\")",
            "record Order(String customerId, String orderId, Instant placedAt, BigDecimal total)"
                + " implements Item {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ItemSchema");
    assertThat(compilation).generatedSourceFile("test.ItemTable");
    assertThat(compilation).generatedSourceFile("test.CustomerRepository");
    assertThat(compilation).generatedSourceFile("test.OrderSchema");
  }

  @Test
  void nestedBeanMembers_andAComponentInBothTemplates_compile() throws Exception {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Item",
            HEADER
                + "@Table(name = \"Shop\")\n"
                + KEYS
                + "\npublic sealed interface Item permits Item.Account, Item.Note {\n"
                + "  @KeyTemplate(partition = \"A#{id}\", sort = \"A#{id}\")\n"
                + "  final class Account implements Item {\n"
                + "    private String id;\n"
                + "    public String getId() { return id; }\n"
                + "    public void setId(String id) { this.id = id; }\n"
                + "  }\n"
                + "  @KeyTemplate(partition = \"A#{accountId}\", sort = \"NOTE#{at}\")\n"
                + "  record Note(String accountId, Instant at, String text) implements Item {}\n"
                + "}\n");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    String repository =
        compilation
            .generatedSourceFile("test.Item_AccountRepository")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(repository).contains("public Optional<Item.Account> get(String id)");
    assertThat(repository).contains("return newTemplateKey(id, id);");
    assertThat(compilation).generatedSourceFile("test.Item_NoteSchema");
  }

  @Test
  void indexPartitionWithoutComponents_givesAQueryWithoutParameters() throws Exception {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1,
            "Loan",
            "@KeyTemplate(partition = \"M#{memberId}\", sort = \"LOAN#{isbn}\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"OVERDUE\", sort = \"{memberId}#{isbn}\")",
            "record Loan(String memberId, String isbn) implements Item {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation
                .generatedSourceFile("test.LoanRepository")
                .orElseThrow()
                .getCharContent(false)
                .toString())
        .contains("queryByGSI1() {\n    return newMemberQuery(\"GSI1\");");
  }

  @Test
  void typesDerivedFromKeys_whenTheItemTypeAttributeIsEmpty() throws Exception {
    JavaFileObject source =
        table(
            "@KeyAttributes(partitionKey = \"PK\", itemTypeAttribute = \"\")",
            "User",
            "@KeyTemplate(partition = \"USER#{id}\")",
            "record User(String id) implements Item {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation
                .generatedSourceFile("test.ItemSchema")
                .orElseThrow()
                .getCharContent(false)
                .toString())
        .contains("SingleTableDefinition.withTypeFromKeys(");
  }

  @Test
  void notSealed_isErrorOnTheInterface() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Item",
            HEADER + "@Table(name = \"Shop\")\n" + KEYS + "\npublic interface Item {}\n");
    assertThat(compile(source))
        .hadErrorContaining(Message.SINGLE_TABLE_NOT_SEALED.format("Item", "Item"))
        .inFile(source)
        .onLineContaining("public interface Item");
  }

  @Test
  void noKeyAttributes_isErrorOnTheInterface() {
    JavaFileObject source =
        table(
            "",
            "User",
            "@KeyTemplate(partition = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.SINGLE_TABLE_NO_KEY_ATTRIBUTES.format("Item"))
        .inFile(source)
        .onLineContaining("sealed interface Item");
  }

  @Test
  void emptyPartitionKeyAttribute_isErrorAtTheAnnotation() {
    JavaFileObject source =
        table(
            "@KeyAttributes(partitionKey = \"\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.EMPTY_KEY_ATTRIBUTE.format("Item", "partitionKey"))
        .inFile(source)
        .onLineContaining("@KeyAttributes(partitionKey = \"\")");
  }

  @Test
  void memberNotAClass_isErrorOnTheMember() {
    JavaFileObject source = table(KEYS, "Sub", "non-sealed interface Sub extends Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.MEMBER_NOT_A_CLASS.format("Sub", "Item"))
        .inFile(source)
        .onLineContaining("interface Sub");
  }

  @Test
  void memberThatIsAlsoATable_isErrorOnTheMember() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@Table(name = \"Users\") @KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(@PartitionKey String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.MEMBER_IS_TABLE.format("User", "Item", "User"))
        .inFile(source)
        .onLineContaining("record User");
  }

  @Test
  void tableRoleOnAMemberProperty_isErrorOnTheProperty() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id, @Version Long version) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.MEMBER_PROPERTY_ROLE.format("version", "User", "Version"))
        .inFile(source)
        .onLineContaining("@Version Long version");
  }

  @Test
  void emptyTemplate_isATemplateSyntaxError() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TEMPLATE_SYNTAX.format(
                "", "User", "it is empty; a key attribute needs a value"))
        .inFile(source)
        .onLineContaining("partition = \"\"");
  }

  @Test
  void invalidIndexName_isErrorAtIndexAttributes() {
    JavaFileObject source =
        table(
            KEYS + "\n@IndexAttributes(index = \"G\", partitionKey = \"GPK\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INVALID_INDEX_NAME.format("G"))
        .inFile(source)
        .onLineContaining("@IndexAttributes(index = \"G\"");
  }

  @Test
  void indexDeclaredTwice_isErrorAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1 + "\n@IndexAttributes(index = \"GSI1\", partitionKey = \"OTHER\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INDEX_ATTRIBUTES_TWICE.format("GSI1"))
        .inFile(source)
        .onLineContaining("partitionKey = \"OTHER\"");
  }

  @Test
  void keyAttributeOfTwoKeys_isErrorAtTheSecondKey() {
    JavaFileObject source =
        table(
            KEYS + "\n@IndexAttributes(index = \"GSI1\", partitionKey = \"SK\", sortKey = \"OWN\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"U\", sort = \"U#{id}\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.KEY_ATTRIBUTE_TWICE.format("SK", "the table key", "the index GSI1"))
        .inFile(source)
        .onLineContaining("partitionKey = \"SK\"");
  }

  @Test
  void oneTableKeyAttributeTwiceInAnIndex_isErrorAtTheIndex() {
    JavaFileObject source =
        table(
            KEYS + "\n@IndexAttributes(index = \"GSI1\", partitionKey = \"SK\", sortKey = \"SK\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.KEY_ATTRIBUTE_TWICE.format("SK", "the table key", "the index GSI1"))
        .inFile(source)
        .onLineContaining("partitionKey = \"SK\", sortKey = \"SK\"");
  }

  @Test
  void templateForAnIndexKeyedByTheTableKey_isErrorAtItsIndex() {
    JavaFileObject source =
        table(
            KEYS
                + "\n@IndexAttributes(index = \"Inverted\", partitionKey = \"SK\", sortKey = \"PK\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "@KeyTemplate(index = \"Inverted\", partition = \"U\", sort = \"USER#{id}\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TEMPLATE_FOR_TABLE_KEYED_INDEX.format("User", "Inverted", "SK, PK"))
        .inFile(source)
        .onLineContaining("sort = \"USER#{id}\"");
  }

  @Test
  void invertedIndex_compilesWithoutIndexTemplates() {
    JavaFileObject source =
        table(
            KEYS
                + "\n@IndexAttributes(index = \"Inverted\", partitionKey = \"SK\", sortKey = \"PK\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void emptyItemType_isErrorAtItemType() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@ItemType(\"\")",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.EMPTY_ITEM_TYPE.format("User", "User"))
        .inFile(source)
        .onLineContaining("@ItemType(\"\")");
  }

  @Test
  void duplicateItemType_isErrorOnTheSecondMember() {
    JavaFileObject source =
        table(
            KEYS,
            "User, Admin",
            "@ItemType(\"U\") @KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}",
            "@ItemType(\"U\") @KeyTemplate(partition = \"A#{id}\", sort = \"A\")",
            "record Admin(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.DUPLICATE_ITEM_TYPE.format("U", "Admin", "User"))
        .inFile(source)
        .onLineContaining("record Admin");
  }

  @Test
  void templateSyntax_isErrorAtTheTemplate() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TEMPLATE_SYNTAX.format("U#{id", "User", "the '{' at position 2 is not closed"))
        .inFile(source)
        .onLineContaining("partition = \"U#{id\"");
  }

  @Test
  void adjacentComponents_areATemplateSyntaxError() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id}{name}\", sort = \"U\")",
            "record User(String id, String name) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TEMPLATE_SYNTAX.format(
                "U#{id}{name}",
                "User",
                "{name} follows another component without literal text between"))
        .inFile(source)
        .onLineContaining("U#{id}{name}");
  }

  @Test
  void collectionTemplateSyntax_isErrorAtTheCollection() {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"users\", partition = \"U#}\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TEMPLATE_SYNTAX.format(
                "U#}", "Item", "the '}' at position 2 closes no component"))
        .inFile(source)
        .onLineContaining("@Collection(name = \"users\"");
  }

  @Test
  void memberWithoutTableKeyTemplate_isErrorOnTheMember() {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1,
            "User",
            "@KeyTemplate(index = \"GSI1\", partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.NO_TABLE_KEY_TEMPLATE.format(
                "User", "PK, SK", "partition = \"...\", sort = \"...\""))
        .inFile(source)
        .onLineContaining("record User");
  }

  @Test
  void twoTemplatesForOneKey_isErrorAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "@KeyTemplate(partition = \"V#{id}\", sort = \"V\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.TEMPLATE_TWICE.format("User", "the table key"))
        .inFile(source)
        .onLineContaining("partition = \"V#{id}\"");
  }

  @Test
  void templateOfAnUndeclaredIndex_isErrorAtItsIndex() {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1,
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "@KeyTemplate(index = \"GSI2\", partition = \"V#{id}\", sort = \"V\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.UNKNOWN_TEMPLATE_INDEX.format(
                "User", "GSI2", "Item", "; did you mean GSI1?", "Item", "GSI1"))
        .inFile(source)
        .onLineContaining("index = \"GSI2\"");
  }

  @Test
  void missingSortTemplate_isErrorAtTheTemplate() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id}\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.MISSING_SORT_TEMPLATE.format("User", "the table key", "SK"))
        .inFile(source)
        .onLineContaining("@KeyTemplate(partition = \"U#{id}\")");
  }

  @Test
  void sortTemplateWithoutSortKey_isErrorAtTheSortTemplate() {
    JavaFileObject source =
        table(
            "@KeyAttributes(partitionKey = \"PK\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.SORT_TEMPLATE_WITHOUT_SORT_KEY.format("User", "the table key", "U"))
        .inFile(source)
        .onLineContaining("sort = \"U\"");
  }

  @Test
  void unknownComponent_isErrorAtItsTemplate_withSuggestion() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{userid}\", sort = \"U\")",
            "record User(String userId, String name) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.UNKNOWN_COMPONENT.format(
                "U#{userid}", "User", "userid", "User", "; did you mean userId?", "userId, name"))
        .inFile(source)
        .onLineContaining("U#{userid}");
  }

  @Test
  void componentOfAFloatingPointType_isErrorAtItsTemplate() {
    assertComponentTypeRejected("double price", "double");
  }

  @Test
  void componentOfBigDecimal_isErrorAtItsTemplate() {
    assertComponentTypeRejected("BigDecimal price", "java.math.BigDecimal");
  }

  @Test
  void componentOfACollection_isErrorAtItsTemplate() {
    assertComponentTypeRejected("List<String> price", "java.util.List<java.lang.String>");
  }

  @Test
  void componentOfAnOptional_isErrorAtItsTemplate() {
    assertComponentTypeRejected("Optional<String> price", "java.util.Optional<java.lang.String>");
  }

  private static void assertComponentTypeRejected(String component, String type) {
    JavaFileObject source =
        table(
            KEYS,
            "Product",
            "@KeyTemplate(partition = \"P#{id}\", sort = \"PRICE#{price}\")",
            "record Product(String id, " + component + ") implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.COMPONENT_TYPE.format("PRICE#{price}", "Product", "price", type))
        .inFile(source)
        .onLineContaining("PRICE#{price}");
  }

  @Test
  void everyAllowedComponentType_compiles() {
    JavaFileObject source =
        table(
            KEYS,
            "Event",
            "@KeyTemplate(partition = \"E#{s}#{e}#{b}#{sh}#{i}#{l}\","
                + " sort = \"{bi}#{ii}#{at}#{day}#{uuid}\")",
            "record Event(String s, Kind e, byte b, short sh, int i, long l, Byte bi, Integer ii,"
                + " Instant at, java.time.LocalDate day, java.util.UUID uuid) implements Item {}",
            "enum Kind { A }");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void sameTableKeyShapeInTwoMembers_isErrorAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS,
            "User, Admin",
            "@KeyTemplate(partition = \"ACCOUNT#{accountId}\", sort = \"{id}\")",
            "record User(String accountId, String id) implements Item {}",
            "@KeyTemplate(partition = \"ACCOUNT#{account}\", sort = \"{adminId}\")",
            "record Admin(String account, String adminId) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.AMBIGUOUS_TEMPLATES.format(
                "User", "ACCOUNT#{accountId}, {id}", "Admin", "ACCOUNT#{account}, {adminId}"))
        .inFile(source)
        .onLineContaining("sort = \"{adminId}\"");
  }

  @Test
  void samePartitionShapeWithoutSortKey_isErrorAtTheSecond() {
    JavaFileObject source =
        table(
            "@KeyAttributes(partitionKey = \"PK\")",
            "User, Admin",
            "@KeyTemplate(partition = \"ID#{id}\")",
            "record User(String id) implements Item {}",
            "@KeyTemplate(partition = \"ID#{adminId}\")",
            "record Admin(String adminId) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.AMBIGUOUS_TEMPLATES.format("User", "ID#{id}", "Admin", "ID#{adminId}"))
        .inFile(source)
        .onLineContaining("ID#{adminId}");
  }

  @Test
  void sortPrefixThatPrefixesAnother_isWarningAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS,
            "Order, OrderLine",
            "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDER{orderId}\")",
            "record Order(String customerId, String orderId) implements Item {}",
            "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDERLINE{lineId}\")",
            "record OrderLine(String customerId, String lineId) implements Item {}");
    assertWarningAt(
        source,
        "ORDERLINE{lineId}",
        Message.OVERLAPPING_TEMPLATE_PREFIX.format(
            "OrderLine", "ORDERLINE{lineId}", "ORDERLINE", "Order", "ORDER{orderId}", "ORDER"));
  }

  @Test
  void sortPrefixesEndingInASeparator_doNotOverlap() {
    JavaFileObject source =
        table(
            KEYS,
            "Order, OrderLine",
            "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDER#{orderId}\")",
            "record Order(String customerId, String orderId) implements Item {}",
            "@KeyTemplate(partition = \"C#{customerId}\", sort = \"ORDERLINE#{lineId}\")",
            "record OrderLine(String customerId, String lineId) implements Item {}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void sameIndexTemplateShapeInTwoMembers_isWarningAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1,
            "Book, Film",
            "@KeyTemplate(partition = \"BOOK#{id}\", sort = \"BOOK\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"TITLE#{title}\", sort = \"{id}\")",
            "record Book(String id, String title) implements Item {}",
            "@KeyTemplate(partition = \"FILM#{id}\", sort = \"FILM\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"TITLE#{name}\", sort = \"{filmId}\")",
            "record Film(String id, String name, String filmId) implements Item {}");
    assertWarningAt(
        source,
        "sort = \"{filmId}\"",
        Message.OVERLAPPING_INDEX_TEMPLATES.format(
            "GSI1", "Film", "TITLE#{name}, {filmId}", "Book", "TITLE#{title}, {id}"));
  }

  @Test
  void indexSortPrefixThatPrefixesAnother_isWarningAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1,
            "Order, OrderLine",
            "@KeyTemplate(partition = \"O#{orderId}\", sort = \"ORDER\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"C#{customerId}\", sort = \"ORDER{orderId}\")",
            "record Order(String customerId, String orderId) implements Item {}",
            "@KeyTemplate(partition = \"O#{orderId}\", sort = \"LINE#{lineId}\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"C#{customerId}\","
                + " sort = \"ORDERLINE{lineId}\")",
            "record OrderLine(String customerId, String orderId, String lineId)"
                + " implements Item {}");
    assertWarningAt(
        source,
        "ORDERLINE{lineId}",
        Message.OVERLAPPING_INDEX_TEMPLATES.format(
            "GSI1",
            "OrderLine",
            "C#{customerId}, ORDERLINE{lineId}",
            "Order",
            "C#{customerId}, ORDER{orderId}"));
  }

  @Test
  void indexTemplatesWithDistinctSortPrefixes_compileWithoutWarnings() {
    JavaFileObject source =
        table(
            KEYS + "\n" + GSI1,
            "Order, OrderLine",
            "@KeyTemplate(partition = \"O#{orderId}\", sort = \"ORDER\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"C#{customerId}\", sort = \"ORDER#{orderId}\")",
            "record Order(String customerId, String orderId) implements Item {}",
            "@KeyTemplate(partition = \"O#{orderId}\", sort = \"LINE#{lineId}\")",
            "@KeyTemplate(index = \"GSI1\", partition = \"C#{customerId}\","
                + " sort = \"ORDERLINE#{lineId}\")",
            "record OrderLine(String customerId, String orderId, String lineId)"
                + " implements Item {}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void attributeOfTwoTypesAcrossMembers_isErrorOnTheSecondProperty() {
    JavaFileObject source =
        table(
            KEYS,
            "User, Group",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id, String name) implements Item {}",
            "@KeyTemplate(partition = \"G#{id}\", sort = \"G\")",
            "record Group(String id, @Attribute(\"name\") long groupName) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.ATTRIBUTE_TYPE_CONFLICT.format(
                "name", "S", "User", "name", "N", "Group", "groupName"))
        .inFile(source)
        .onLineContaining("long groupName");
  }

  @Test
  void propertyStoredInAKeyAttribute_isErrorOnTheProperty() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id, @Attribute(\"SK\") String sortKey) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.KEY_ATTRIBUTE_IS_PROPERTY.format("sortKey", "User", "SK", "the table key"))
        .inFile(source)
        .onLineContaining("String sortKey");
  }

  @Test
  void propertyStoredInTheItemTypeAttribute_isErrorOnTheProperty() {
    JavaFileObject source =
        table(
            KEYS,
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id, @Attribute(\"_type\") String kind) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TYPE_ATTRIBUTE_COLLISION.format("_type", "Item", "the attribute of User.kind"))
        .inFile(source)
        .onLineContaining("String kind");
  }

  @Test
  void itemTypeAttributeThatIsAKeyAttribute_isErrorAtKeyAttributes() {
    JavaFileObject source =
        table(
            "@KeyAttributes(partitionKey = \"PK\", itemTypeAttribute = \"PK\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.TYPE_ATTRIBUTE_COLLISION.format(
                "PK", "Item", "a key attribute of the table key"))
        .inFile(source)
        .onLineContaining("itemTypeAttribute = \"PK\"");
  }

  @Test
  void collectionNameNotAnIdentifier_isErrorAtTheCollection() {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"my users\", partition = \"U#{id}\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INVALID_COLLECTION_NAME.format("my users", "ItemTable"))
        .inFile(source)
        .onLineContaining("name = \"my users\"");
  }

  @Test
  void collectionNamedLikeAnInheritedMethod_isErrorAtItsName() {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"scan\", partition = \"U#{id}\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.COLLECTION_NAME_TAKEN.format(
                "scan",
                "ItemTable",
                "schema, tableName, createTable, deleteTable, describeTable, scan, newCollection,"
                    + " equals, hashCode, toString, getClass, notify, notifyAll, wait"))
        .inFile(source)
        .onLineContaining("name = \"scan\"");
  }

  @Test
  void collectionNameUsedTwice_isErrorAtTheSecond() {
    JavaFileObject source =
        table(
            KEYS
                + "\n@Collection(name = \"users\", partition = \"U#{id}\")"
                + "\n@Collection(name = \"users\", partition = \"U#{other}\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.DUPLICATE_COLLECTION.format("users"))
        .inFile(source)
        .onLineContaining("U#{other}");
  }

  @Test
  void collectionOfNoMembersPartition_isErrorAtItsTemplate() {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"users\", partition = \"USER#{id}\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.COLLECTION_WITHOUT_MEMBERS.format(
                "users", "USER#{id}", "the table key", "U#{id}"))
        .inFile(source)
        .onLineContaining("partition = \"USER#{id}\"");
  }

  @Test
  void collectionOfAnUndeclaredIndex_isErrorAtItsIndex() {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"users\", index = \"GSI9\", partition = \"U#{id}\")",
            "User",
            "@KeyTemplate(partition = \"U#{id}\", sort = \"U\")",
            "record User(String id) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.UNKNOWN_COLLECTION_INDEX.format("users", "GSI9", "Item", ".", "none"))
        .inFile(source)
        .onLineContaining("index = \"GSI9\"");
  }

  @Test
  void collectionOverComponentsOfTwoTypes_isErrorAtTheCollection() {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"account\", partition = \"A#{id}\")",
            "User, Group",
            "@KeyTemplate(partition = \"A#{accountId}\", sort = \"U\")",
            "record User(String accountId) implements Item {}",
            "@KeyTemplate(partition = \"A#{accountNo}\", sort = \"G\")",
            "record Group(long accountNo) implements Item {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.COLLECTION_COMPONENT_TYPES.format(
                "account", "User", "id", "java.lang.String", "Group", "long"))
        .inFile(source)
        .onLineContaining("@Collection(name = \"account\"");
  }

  @Test
  void collection_listsTheMembersItReturns_inTheAccessPatternsReport() throws Exception {
    JavaFileObject source =
        table(
            KEYS + "\n@Collection(name = \"account\", partition = \"A#{id}\")",
            "User, Group, Other",
            "@KeyTemplate(partition = \"A#{accountId}\", sort = \"U\")",
            "record User(String accountId) implements Item {}",
            "@KeyTemplate(partition = \"A#{accountId}\", sort = \"G#{name}\")",
            "record Group(String accountId, String name) implements Item {}",
            "@KeyTemplate(partition = \"O#{id}\", sort = \"O\")",
            "record Other(String id) implements Item {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    String report =
        compilation
            .generatedFile(
                javax.tools.StandardLocation.CLASS_OUTPUT,
                "META-INF/keyspan/access-patterns/Shop.md")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(report)
        .contains(
            "| ItemTable.account | Query |  | `PK = A#{id}` | User (`User`), Group (`Group`) |");
    assertThat(report)
        .contains(
            "| GroupRepository.query | Query |  | `PK = A#{accountId} AND begins_with(SK, \"G#\")`"
                + " | Group (`Group`) |");
  }
}
