package io.keyspan.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.testing.FirstRoundGenerator;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A type that another processor generates — a property's type, the table of a {@code @Repository},
 * a {@code @Convert} converter — is read in a later round; only the last round reports it missing.
 */
class DeferralTest {
  private static final JavaFileObject PLACE =
      JavaFileObjects.forSourceString(
          "test.Place",
          String.join(
              "\n",
              "package test;",
              "import io.keyspan.annotations.*;",
              "@Table(name = \"Places\")",
              "public record Place(@PartitionKey String id, Geo geo) {}"));

  private static final JavaFileObject PLACE_QUERIES =
      JavaFileObjects.forSourceString(
          "test.PlaceQueries",
          String.join(
              "\n",
              "package test;",
              "import io.keyspan.annotations.*;",
              "import java.util.List;",
              "@Repository(Place.class)",
              "public interface PlaceQueries {",
              "  List<Place> findById(String id);",
              "}"));

  private static final JavaFileObject PRICED =
      JavaFileObjects.forSourceString(
          "test.Priced",
          String.join(
              "\n",
              "package test;",
              "import io.keyspan.annotations.*;",
              "@Table(name = \"Priced\")",
              "public record Priced(@PartitionKey String id,",
              "  @Convert(CentsConverter.class) Long cents) {}"));

  /** Generates the document {@code test.Geo} in the first round, as another processor would. */
  private static FirstRoundGenerator geoGenerator() {
    return FirstRoundGenerator.source(
        "test.Geo",
        "package test;",
        "@io.keyspan.annotations.Document",
        "public record Geo(double lat, double lon) {}");
  }

  /** Generates the table {@code test.Place} in the first round. */
  private static FirstRoundGenerator placeGenerator() {
    return FirstRoundGenerator.source(
        "test.Place",
        "package test;",
        "import io.keyspan.annotations.*;",
        "@Table(name = \"Places\")",
        "public record Place(@PartitionKey String id, String name) {}");
  }

  /** Generates the converter {@code test.CentsConverter} (cents as a number) in the first round. */
  private static FirstRoundGenerator converterGenerator() {
    return FirstRoundGenerator.source(
        "test.CentsConverter",
        "package test;",
        "import io.keyspan.value.AttributeValue;",
        "public class CentsConverter implements io.keyspan.schema.AttributeConverter<Long> {",
        "  public AttributeValue.N toAttributeValue(Long cents) { return AttributeValue.n(cents); }",
        "  public Long fromAttributeValue(AttributeValue value) { return ((AttributeValue.N) value).value().longValueExact(); }",
        "}");
  }

  @Test
  void propertyOfAGeneratedType_isMappedOnceTheTypeExists() {
    Compilation compilation =
        javac().withProcessors(new KeyspanProcessor(), geoGenerator()).compile(PLACE);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.PlaceSchema")
        .contentsAsUtf8String()
        .contains("GeoSchema.Paths GEO");
    assertThat(compilation).generatedSourceFile("test.GeoSchema");
  }

  @Test
  void propertyOfATypeThatNeverAppears_isReportedOnce_byJavac() {
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(PLACE);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(PLACE)
        .onLineContaining("Geo geo");
  }

  @Test
  void staticMembersUsingTheGeneratedSchema_doNotDeferTheTable() {
    JavaFileObject place =
        JavaFileObjects.forSourceString(
            "test.Place",
            String.join(
                "\n",
                "package test;",
                "import io.keyspan.annotations.*;",
                "@Table(name = \"Places\")",
                "public record Place(@PartitionKey String id) {",
                "  public static PlaceSchema schema() { return PlaceSchema.instance(); }",
                "}"));
    assertThat(javac().withProcessors(new KeyspanProcessor()).compile(place)).succeeded();
  }

  @Test
  void repositoryOfAGeneratedTable_isImplementedOnceTheTableExists() {
    Compilation compilation =
        javac().withProcessors(new KeyspanProcessor(), placeGenerator()).compile(PLACE_QUERIES);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.PlaceQueries_Impl")
        .contentsAsUtf8String()
        .contains("findById");
  }

  @Test
  void repositoryOfATableThatNeverAppears_isReportedAtTheAnnotation_inTheLastRound() {
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(PLACE_QUERIES);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(Message.TABLE_NOT_FOUND.format("PlaceQueries"))
        .inFile(PLACE_QUERIES)
        .onLineContaining("@Repository(Place.class)");
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(PLACE_QUERIES)
        .onLineContaining("@Repository(Place.class)");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void converterGeneratedByAnotherProcessor_isUsedOnceItExists() {
    Compilation compilation =
        javac().withProcessors(new KeyspanProcessor(), converterGenerator()).compile(PRICED);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.PricedSchema")
        .contentsAsUtf8String()
        .contains("new CentsConverter()");
  }

  @Test
  void converterThatNeverAppears_isReportedAtTheAnnotation_inTheLastRound() {
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(PRICED);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(Message.CONVERTER_NOT_FOUND.format("cents"))
        .inFile(PRICED)
        .onLineContaining("@Convert(CentsConverter.class)");
    assertThat(compilation).hadErrorCount(2);
  }
}
