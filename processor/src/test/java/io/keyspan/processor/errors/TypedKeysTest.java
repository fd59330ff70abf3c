package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Keys by type: a query's {@code sortKey(...)} accepts only a condition on that query's own sort
 * key (the table's, or the index's), and a key belongs to its table's type.
 */
class TypedKeysTest {
  private static final JavaFileObject MUSIC =
      JavaFileObjects.forSourceString(
          "test.Music",
          String.join(
              "\n",
              "package test;",
              "import io.keyspan.annotations.*;",
              "@Table(name = \"Music\")",
              "public record Music(@PartitionKey @Attribute(\"Artist\") String artist,",
              "    @SortKey @Attribute(\"SongTitle\") String songTitle,",
              "    @Attribute(\"AlbumTitle\") @IndexPartitionKey(\"ByAlbum\") String albumTitle,",
              "    @Attribute(\"Year\") @IndexSortKey(\"ByAlbum\") int year) {}"));
  private static final JavaFileObject CONCERT =
      JavaFileObjects.forSourceString(
          "test.Concert",
          String.join(
              "\n",
              "package test;",
              "import io.keyspan.annotations.*;",
              "@Table(name = \"Concerts\")",
              "public record Concert(@PartitionKey @Attribute(\"Artist\") String artist, @SortKey @Attribute(\"Venue\") String venue) {}"));

  private static JavaFileObject usage(String... body) {
    return JavaFileObjects.forSourceString(
        "test.Usage",
        String.join(
            "\n",
            "package test;",
            "import io.keyspan.repository.*;",
            "import java.util.*;",
            "class Usage {",
            "  void use(MusicRepository music, ConcertRepository concerts) {",
            String.join("\n", body),
            "  }",
            "}"));
  }

  private static Compilation compile(JavaFileObject usage) {
    return javac().withProcessors(new KeyspanProcessor()).compile(MUSIC, CONCERT, usage);
  }

  @Test
  void sortKeyConditionsOnTheQuerysOwnSortKey_compile() {
    Compilation compilation =
        compile(
            usage(
                "    music.query(\"Acme Band\").sortKey(songTitle -> songTitle.beginsWith(\"Happy\")).list();",
                "    music.query(\"Acme Band\").sortKey(songTitle -> songTitle.between(\"A\", \"M\")).descending().list();",
                "    music.queryByAlbum(\"Songs\").sortKey(year -> year.ge(1990)).list();",
                "    QueryOperation<Music, StringSortKey<String>> stored = music.query(\"Acme Band\");",
                "    music.batchGet(List.of(music.key(\"Acme Band\", \"Happy Day\")));"));
    assertThat(compilation).succeeded();
  }

  @Test
  void conditionOnAnAttributeThatIsNotTheSortKey_doesNotCompile() {
    JavaFileObject usage =
        usage("    music.query(\"Acme Band\").sortKey(MusicSchema.ALBUM_TITLE.eq(\"Songs\"));");
    assertThat(compile(usage))
        .hadErrorContaining("incompatible types")
        .inFile(usage)
        .onLineContaining("ALBUM_TITLE.eq");
  }

  @Test
  void conditionOnTheSortKeyAttributeItself_isNotASortKeyCondition() {
    // The typed sort key comes from the query: an attribute's condition is a filter, never a key
    // condition.
    JavaFileObject usage =
        usage("    music.query(\"Acme Band\").sortKey(MusicSchema.SONG_TITLE.eq(\"Happy Day\"));");
    assertThat(compile(usage))
        .hadErrorContaining("incompatible types")
        .inFile(usage)
        .onLineContaining("SONG_TITLE.eq");
  }

  @Test
  void tableSortKeyOnAnIndexQuery_doesNotCompile() {
    // The index ByAlbum sorts by Year (a number): begins_with and string values do not apply.
    JavaFileObject usage =
        usage("    music.queryByAlbum(\"Songs\").sortKey(year -> year.beginsWith(\"Happy\"));");
    assertThat(compile(usage))
        .hadErrorContaining("cannot find symbol")
        .inFile(usage)
        .onLineContaining("year.beginsWith");
  }

  @Test
  void sortKeyValueOfTheWrongType_doesNotCompile() {
    JavaFileObject usage =
        usage("    music.queryByAlbum(\"Songs\").sortKey(year -> year.eq(\"x\"));");
    assertThat(compile(usage))
        .hadErrorContaining("incompatible types")
        .inFile(usage)
        .onLineContaining("year.eq");
  }

  @Test
  void keyOfAnotherTable_cannotBePassedToTheRepository() {
    JavaFileObject usage =
        usage("    music.batchDelete(List.of(concerts.key(\"Acme Band\", \"Arena\")));");
    assertThat(compile(usage))
        .hadErrorContaining("incompatible")
        .inFile(usage)
        .onLineContaining("concerts.key");
  }

  @Test
  void keyBuiltFromAnotherTablesAttributes_doesNotCompile() {
    // Only a repository makes keys of its table; Key has no public factory to forge a Key<Music>
    // with.
    JavaFileObject usage =
        usage(
            "    Key<Music> forged = Key.of(ConcertSchema.ARTIST, \"Acme Band\", ConcertSchema.VENUE, \"Arena\");");
    assertThat(compile(usage))
        .hadErrorContaining("is not public in")
        .inFile(usage)
        .onLineContaining("Key.of");
  }
}
