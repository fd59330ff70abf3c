package io.keyspan.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile-time error of the processor, each at its element, with the catalog's message. */
class CompileErrorsTest {

  private static JavaFileObject source(String name, String... lines) {
    String header =
        "package test;\nimport io.keyspan.annotations.*;\nimport java.util.*;\nimport java.time.*;\n";
    return JavaFileObjects.forSourceString("test." + name, header + String.join("\n", lines));
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new KeyspanProcessor()).compile(sources);
  }

  /**
   * Compiles again with javac writing to disk, since compile-testing withholds the generated files
   * of a failed compilation, and asserts no file of {@code type} was generated.
   */
  private static void assertNothingGenerated(JavaFileObject[] sources, String type) {
    try {
      java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("keyspan-generated");
      javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
      javax.tools.StandardJavaFileManager files =
          compiler.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8);
      files.setLocationFromPaths(
          javax.tools.StandardLocation.SOURCE_OUTPUT, java.util.List.of(directory));
      files.setLocationFromPaths(
          javax.tools.StandardLocation.CLASS_OUTPUT, java.util.List.of(directory));
      javax.tools.JavaCompiler.CompilationTask task =
          compiler.getTask(
              null, files, diagnostic -> {}, java.util.List.of(), null, java.util.List.of(sources));
      task.setProcessors(java.util.List.of(new KeyspanProcessor()));
      com.google.common.truth.Truth.assertThat(task.call()).isFalse();
      try (java.util.stream.Stream<java.nio.file.Path> generated =
          java.nio.file.Files.walk(directory)) {
        com.google.common.truth.Truth.assertThat(
                generated
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(type))
                    .toList())
            .isEmpty();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void noPartitionKey_isErrorOnTheType() {
    JavaFileObject source =
        source("User", "@Table(name = \"Users\")", "public record User(String id) {}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.NO_PARTITION_KEY.format("User"))
        .inFile(source)
        .onLineContaining("record User");
    assertNothingGenerated(new JavaFileObject[] {source}, "User");
  }

  @Test
  void twoPartitionKeys_isErrorOnTheSecond() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @PartitionKey String other) {}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.TWO_PARTITION_KEYS.format("other", "id"))
        .inFile(source)
        .onLineContaining("String other");
    assertNothingGenerated(new JavaFileObject[] {source}, "User");
  }

  @Test
  void twoSortKeys_isErrorOnTheSecond() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id, @SortKey String a,",
            "  @SortKey String b) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.TWO_SORT_KEYS.format("b", "a"))
        .inFile(source)
        .onLineContaining("String b");
  }

  @Test
  void keyNotStoredAsStringNumberOrBinary_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @SortKey boolean active) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.KEY_TYPE.format("active", "boolean (stored as BOOL)"))
        .inFile(source)
        .onLineContaining("boolean active");
  }

  @Test
  void optionalKeys_areErrors_sayingToDeclareTheValueType() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey Optional<String> id,",
            "  @IndexPartitionKey(\"ByEmail\") Optional<String> email) {}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(Message.KEY_OPTIONAL.format("id", "java.lang.String"))
        .inFile(source)
        .onLineContaining("Optional<String> id");
    assertThat(compilation)
        .hadErrorContaining(Message.KEY_OPTIONAL.format("email", "java.lang.String"))
        .inFile(source)
        .onLineContaining("Optional<String> email");
  }

  @Test
  void indexKeyOfListType_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @IndexPartitionKey(\"ByTags\") List<String> tags) {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.KEY_TYPE.format("tags", "java.util.List<java.lang.String> (stored as L)"))
        .inFile(source)
        .onLineContaining("List<String> tags");
  }

  @Test
  void unsupportedJdkType_listsTheSupportedTypes_andIsNeverToldToBeAnnotated() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  Object payload) {}");
    Compilation compilation = compile(source);
    String supported = "Supported types: ";
    String start = Message.UNSUPPORTED_TYPE.format("payload", "User", "java.lang.Object", "");
    assertThat(compilation)
        .hadErrorContaining(start.substring(0, start.indexOf(supported) + supported.length()))
        .inFile(source)
        .onLineContaining("Object payload");
    assertThat(compilation).hadErrorCount(1);
    String message = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
    com.google.common.truth.Truth.assertThat(message).doesNotContain("Annotate");
    com.google.common.truth.Truth.assertThat(message)
        .containsMatch(
            "Supported types: BigDecimal, BigInteger, boolean, byte, byte\\[\\], ByteBuffer, char, double, Duration, float, Instant, int, ");
    com.google.common.truth.Truth.assertThat(message)
        .contains(
            ", String, URI, UUID, Year, YearMonth, ZonedDateTime, ZoneId, enums, @Document classes,");
    assertNothingGenerated(new JavaFileObject[] {source}, "User");
  }

  @Test
  void legacyDateTypes_pointToJavaTime() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  Date created,",
            "  List<Calendar> history,",
            "  Optional<java.sql.Timestamp> seen) {}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            Message.LEGACY_DATE_TYPE.format(
                "created",
                "User",
                "java.util.Date",
                "java.util.Date",
                "java.time.Instant",
                "Date.toInstant()"))
        .inFile(source)
        .onLineContaining("Date created");
    assertThat(compilation)
        .hadErrorContaining(
            Message.LEGACY_DATE_TYPE.format(
                "history",
                "User",
                "java.util.List<java.util.Calendar>",
                "java.util.Calendar",
                "java.time.Instant",
                "Calendar.toInstant()"))
        .inFile(source)
        .onLineContaining("List<Calendar> history");
    assertThat(compilation)
        .hadErrorContaining(
            Message.LEGACY_DATE_TYPE.format(
                "seen",
                "User",
                "java.sql.Timestamp",
                "java.sql.Timestamp",
                "java.time.Instant",
                "Timestamp.toInstant()"))
        .inFile(source)
        .onLineContaining("Timestamp> seen");
  }

  @Test
  void ownClassWithoutDocument_isToldToBeAnnotated() {
    JavaFileObject address = source("Address", "public record Address(String city) {}");
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  Map<String, Address> addresses) {}");
    Compilation compilation = compile(address, source);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NOT_A_DOCUMENT.format(
                "addresses",
                "User",
                "java.util.Map<java.lang.String,test.Address>",
                "test.Address",
                "test.Address"))
        .inFile(source)
        .onLineContaining("Address> addresses");
  }

  @Test
  void rawOrWildcardCollections_areUnsupportedTypes() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "@SuppressWarnings(\"rawtypes\")",
            "public record User(@PartitionKey String id,",
            "  List raw,",
            "  List<? extends Number> wild) {}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("The property raw of User has the type java.util.List")
        .inFile(source)
        .onLineContaining("List raw");
    assertThat(compilation)
        .hadErrorContaining("The property wild of User")
        .inFile(source)
        .onLineContaining("wild");
  }

  @Test
  void duplicateAttributeNames_isErrorOnTheSecond() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @Attribute(\"Name\") String name,",
            "  @Attribute(\"Name\") String nickname) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.DUPLICATE_ATTRIBUTE.format("Name", "nickname", "name"))
        .inFile(source)
        .onLineContaining("String nickname");
  }

  @Test
  void emptyAttributeName_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @Attribute(\"\") String name) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.EMPTY_ATTRIBUTE_NAME.format("name"))
        .inFile(source)
        .onLineContaining("String name");
  }

  @Test
  void noUsableConstructor_isErrorOnTheType() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public class User {",
            "  @PartitionKey private final String id;",
            "  public User(int unrelated) { this.id = \"\"; }",
            "  public String getId() { return id; }",
            "}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.NO_CONSTRUCTOR.format(
                "User", "it has no no-argument constructor", "java.lang.String id"))
        .inFile(source)
        .onLineContaining("public class User");
  }

  @Test
  void noSetters_namesThemInTheConstructorError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public class User {",
            "  @PartitionKey private String id;",
            "  private String name;",
            "  public User() {}",
            "  public String getId() { return id; }",
            "  public String getName() { return name; }",
            "}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.NO_CONSTRUCTOR.format(
                "User", "missing setters: id, name", "java.lang.String id, java.lang.String name"))
        .inFile(source)
        .onLineContaining("public class User");
  }

  @Test
  void creatorNotMatchingTheProperties_isErrorOnTheCreator() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public class User {",
            "  @PartitionKey private final String id;",
            "  private final String name;",
            "  @Creator public User(String id) { this.id = id; this.name = \"\"; }",
            "  public String getId() { return id; }",
            "  public String getName() { return name; }",
            "}");
    assertThat(compile(source))
        .hadErrorContaining(Message.CREATOR_MISMATCH.format("User", "id, name"))
        .inFile(source)
        .onLineContaining("@Creator public User");
  }

  @Test
  void noAccessor_isErrorOnTheField() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public class User {",
            "  @PartitionKey private String id;",
            "  public void setId(String id) { this.id = id; }",
            "}");
    assertThat(compile(source))
        .hadErrorContaining(Message.NO_ACCESSOR.format("id", "User", "getId"))
        .inFile(source)
        .onLineContaining("private String id");
  }

  @Test
  void versionThatIsNotIntegral_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @Version double version) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.VERSION_TYPE.format("version", "double"))
        .inFile(source)
        .onLineContaining("double version");
  }

  @Test
  void localIndexOnTableWithoutSortKey_isConflictingIndexDefinition() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @LocalIndexSortKey(\"ByAge\") int age) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY.format("ByAge", "User"))
        .inFile(source)
        .onLineContaining("int age");
  }

  @Test
  void indexWithTwoPartitionKeys_isConflictingIndexDefinition() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @IndexPartitionKey(\"ByMail\") String email,",
            "  @IndexPartitionKey(\"ByMail\") String other) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INDEX_TWO_PARTITION_KEYS.format("other", "ByMail", "email"))
        .inFile(source)
        .onLineContaining("String other");
  }

  @Test
  void indexBothGlobalAndLocal_isConflictingIndexDefinition() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id, @SortKey String sk,",
            "  @IndexPartitionKey(\"ByMail\") String email,",
            "  @LocalIndexSortKey(\"ByMail\") String other) {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.INDEX_GLOBAL_AND_LOCAL.format(
                "ByMail", "IndexPartitionKey", "LocalIndexSortKey", "other"))
        .inFile(source)
        .onLineContaining("String other");
  }

  @Test
  void globalIndexWithSortKeyOnly_isConflictingIndexDefinition() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @IndexSortKey(\"ByAge\") int age) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INDEX_SORT_KEY_WITHOUT_PARTITION_KEY.format("ByAge", "ByAge"))
        .inFile(source)
        .onLineContaining("int age");
  }

  @Test
  void capacityOnAnIndexOfAnOnDemandTable_isConflictingIndexDefinition() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "@Index(name = \"ByMail\", readCapacity = 3)",
            "public record User(@PartitionKey String id, @IndexPartitionKey(\"ByMail\") String mail) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INDEX_CAPACITY_ON_DEMAND.format("ByMail"))
        .inFile(source)
        .onLineContaining("@Index(name");
  }

  @Test
  void indexConfigurationForUndeclaredIndex_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "@Index(name = \"Nowhere\")",
            "public record User(@PartitionKey String id) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INDEX_WITHOUT_KEYS.format("Nowhere"))
        .inFile(source)
        .onLineContaining("Nowhere");
  }

  @Test
  void invalidTableName_isErrorOnTheAnnotationValue() {
    JavaFileObject source =
        source("User", "@Table(name = \"Us\")", "public record User(@PartitionKey String id) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INVALID_TABLE_NAME.format("Us"))
        .inFile(source)
        .onLineContaining("@Table");
  }

  @Test
  void invalidIndexName_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @IndexPartitionKey(\"By Email!\") String email) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.INVALID_INDEX_NAME.format("By Email!"))
        .inFile(source)
        .onLineContaining("String email");
  }

  @Test
  void converterWithoutPublicNoArgumentConstructor_isError() {
    JavaFileObject converter =
        source(
            "MoneyConverter",
            "public class MoneyConverter implements io.keyspan.schema.AttributeConverter<Long> {",
            "  public MoneyConverter(int scale) {}",
            "  public io.keyspan.value.AttributeValue toAttributeValue(Long v) { return io.keyspan.value.AttributeValue.n(v); }",
            "  public Long fromAttributeValue(io.keyspan.value.AttributeValue v) { return 0L; }",
            "}");
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @Convert(MoneyConverter.class) Long cents) {}");
    assertThat(compile(converter, source))
        .hadErrorContaining(
            Message.CONVERTER_CONSTRUCTOR.format("MoneyConverter", "MoneyConverter"))
        .inFile(source)
        .onLineContaining("Long cents");
  }

  @Test
  void converterOfAnotherType_isError() {
    JavaFileObject converter =
        source(
            "TextConverter",
            "public class TextConverter implements io.keyspan.schema.AttributeConverter<String> {",
            "  public io.keyspan.value.AttributeValue toAttributeValue(String v) { return io.keyspan.value.AttributeValue.s(v); }",
            "  public String fromAttributeValue(io.keyspan.value.AttributeValue v) { return \"\"; }",
            "}");
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  @Convert(TextConverter.class) Long cents) {}");
    assertThat(compile(converter, source))
        .hadErrorContaining(
            Message.CONVERTER_TYPE.format(
                "TextConverter", "java.lang.String", "cents", "java.lang.Long", "java.lang.Long"))
        .inFile(source)
        .onLineContaining("Long cents");
  }

  @Test
  void keyWithAConverterDeclaringItsStoredType_compiles_andOneThatDoesNot_isError() {
    JavaFileObject typed =
        source(
            "CodeConverter",
            "public class CodeConverter implements io.keyspan.schema.AttributeConverter<Locale> {",
            "  public io.keyspan.value.AttributeValue.S toAttributeValue(Locale v) { return io.keyspan.value.AttributeValue.s(v.toLanguageTag()); }",
            "  public Locale fromAttributeValue(io.keyspan.value.AttributeValue v) { return Locale.ROOT; }",
            "}");
    JavaFileObject untyped =
        source(
            "LooseConverter",
            "public class LooseConverter implements io.keyspan.schema.AttributeConverter<Locale> {",
            "  public io.keyspan.value.AttributeValue toAttributeValue(Locale v) { return io.keyspan.value.AttributeValue.s(v.toLanguageTag()); }",
            "  public Locale fromAttributeValue(io.keyspan.value.AttributeValue v) { return Locale.ROOT; }",
            "}");
    JavaFileObject good =
        source(
            "Region",
            "@Table(name = \"Regions\")",
            "public record Region(@PartitionKey @Convert(CodeConverter.class) Locale locale) {}");
    assertThat(compile(typed, good)).succeeded();
    JavaFileObject bad =
        source(
            "Region",
            "@Table(name = \"Regions\")",
            "public record Region(@PartitionKey @Convert(LooseConverter.class) Locale locale) {}");
    assertThat(compile(untyped, bad))
        .hadErrorContaining(
            Message.KEY_TYPE.format("locale", "java.util.Locale (stored as the converter's type)"))
        .inFile(bad)
        .onLineContaining("Locale locale");
  }

  @Test
  void onDemandTableWithCapacity_isError() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\", readCapacity = 3)",
            "public record User(@PartitionKey String id) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.BILLING_CONFLICT.format("User"))
        .inFile(source)
        .onLineContaining("@Table");
  }

  @Test
  void everyErrorOfABuild_isReportedAtOnce() {
    JavaFileObject first =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id,",
            "  Thread worker,",
            "  @Version String version) {}");
    JavaFileObject second =
        source("Order", "@Table(name = \"Orders\")", "public record Order(String id) {}");
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(3);
    assertNothingGenerated(new JavaFileObject[] {first, second}, "User");
    assertNothingGenerated(new JavaFileObject[] {first, second}, "Order");
  }

  @Test
  void tableUsingAFailedDocument_isSkippedWithoutFollowOnErrors() {
    JavaFileObject document =
        source("Address", "@Document", "public record Address(Thread city) {}");
    JavaFileObject table =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey String id, Address address) {}");
    Compilation compilation = compile(document, table);
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated(new JavaFileObject[] {document, table}, "User");
  }

  @Test
  void validEntity_compilesWithoutWarnings() {
    JavaFileObject source =
        source(
            "User",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey @Attribute(\"UserID\") String userId, @Attribute(\"Age\") int age,",
            "  @Attribute(\"Email\") @IndexPartitionKey(\"ByEmail\") String email) {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.UserSchema");
    assertThat(compilation).generatedSourceFile("test.UserRepository");
  }
}
