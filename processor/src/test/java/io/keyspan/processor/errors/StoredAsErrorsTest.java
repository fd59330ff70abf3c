package io.keyspan.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @StoredAs} combinations that make no sense are compile errors at the annotation. */
class StoredAsErrorsTest {

  private static JavaFileObject source(String name, String... lines) {
    String header =
        "package test;\nimport io.keyspan.annotations.*;\nimport static io.keyspan.annotations.Encoding.*;\n"
            + "import java.util.*;\nimport java.time.*;\n";
    return JavaFileObjects.forSourceString("test." + name, header + String.join("\n", lines));
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new KeyspanProcessor()).compile(sources);
  }

  @Test
  void twoFormsOfOneFamilyOnAProperty_isError() {
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "public record Event(@PartitionKey String id,",
            "  @StoredAs({INSTANT_TO_STRING, INSTANT_MILLIS}) Instant at) {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.ENCODING_CONFLICT.format(
                "at", "INSTANT_TO_STRING", "INSTANT_MILLIS", "java.time.Instant"))
        .inFile(source)
        .onLineContaining("Instant at");
  }

  @Test
  void twoFormsOfOneFamilyOnATable_isErrorOnTheTable() {
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "@StoredAs({BOOLEAN_NUMBER, BOOLEAN_BOOL})",
            "public record Event(@PartitionKey String id, boolean done) {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.ENCODING_CONFLICT.format("Event", "BOOLEAN_NUMBER", "BOOLEAN_BOOL", "boolean"))
        .inFile(source)
        .onLineContaining("@StoredAs({BOOLEAN_NUMBER");
  }

  @Test
  void aFormThatDoesNotFitThePropertyType_isError() {
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "public record Event(@PartitionKey String id,",
            "  @StoredAs(BOOLEAN_NUMBER) List<String> tags) {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.ENCODING_TYPE.format(
                "BOOLEAN_NUMBER", "boolean", "tags", "java.util.List<java.lang.String>"))
        .inFile(source)
        .onLineContaining("List<String> tags");
  }

  @Test
  void nullFieldsOnAPropertyThatHoldsNoDocument_isError() {
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "public record Event(@PartitionKey String id,",
            "  @StoredAs(NULL_FIELDS_NULL) String note) {}");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.ENCODING_TYPE.format(
                "NULL_FIELDS_NULL", "the null fields of a @Document", "note", "java.lang.String"))
        .inFile(source)
        .onLineContaining("String note");
  }

  @Test
  void aFormTogetherWithAConverter_isError() {
    JavaFileObject converter =
        JavaFileObjects.forSourceString(
            "test.AtConverter",
            String.join(
                "\n",
                "package test;",
                "import io.keyspan.schema.AttributeConverter;",
                "import io.keyspan.value.AttributeValue;",
                "public class AtConverter implements AttributeConverter<java.time.Instant> {",
                "  public AttributeValue toAttributeValue(java.time.Instant value) { return AttributeValue.n(value.toEpochMilli()); }",
                "  public java.time.Instant fromAttributeValue(AttributeValue value) { return java.time.Instant.EPOCH; }",
                "}"));
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "public record Event(@PartitionKey String id,",
            "  @Convert(AtConverter.class) @StoredAs(INSTANT_MILLIS) Instant at) {}");
    assertThat(compile(source, converter))
        .hadErrorContaining(Message.ENCODING_WITH_CONVERTER.format("at"))
        .inFile(source)
        .onLineContaining("Instant at");
  }

  @Test
  void anInstantFormOnTheTimeToLive_isError() {
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "public record Event(@PartitionKey String id,",
            "  @TimeToLive @StoredAs(INSTANT_TO_STRING) Instant expires) {}");
    assertThat(compile(source))
        .hadErrorContaining(Message.ENCODING_TTL.format("expires", "INSTANT_TO_STRING"))
        .inFile(source)
        .onLineContaining("Instant expires");
  }

  @Test
  void aTableDefaultApplies_onlyWhereItFits() {
    JavaFileObject source =
        source(
            "Event",
            "@Table(name = \"Events\")",
            "@StoredAs({BOOLEAN_NUMBER, INSTANT_TO_STRING, NULL_FIELDS_NULL})",
            "public record Event(@PartitionKey String id, String note, @TimeToLive Instant expires) {}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }
}
