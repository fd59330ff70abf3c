package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.table.KeySchemaElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderTest {

  @Test
  void inMemory_findsTheMemoryProviderThroughServiceLoader() {
    try (Keyspan db = Keyspan.inMemory()) {
      assertThat(db.engine()).isInstanceOf(MemoryEngine.class);
    }
  }

  @Test
  void eachMemoryUri_opensAFreshEngine() {
    try (Keyspan first = Keyspan.inMemory();
        Keyspan second = Keyspan.inMemory()) {
      assertThat(first.engine()).isNotSameInstanceAs(second.engine());
    }
  }

  @Test
  void unknownScheme_listsMemoryAmongTheAvailableSchemes() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("nosuch:"));
    assertThat(error).hasMessageThat().contains("memory:");
  }

  @Test
  void memoryUriWithATargetOrUnknownSettings_isRejected() {
    for (String uri : List.of("memory:somewhere", "memory:?directory=/tmp")) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> Keyspan.connect(uri));
      assertThat(error).hasMessageThat().contains("takes only the settings dir and");
      assertThat(error).hasMessageThat().contains(uri);
    }
  }

  @Test
  void memoryUriWithDir_opensADataDirectory_thatKeepsTablesAcrossEngines(@TempDir Path temporary) {
    String uri = "memory:?dir=" + temporary.resolve("my data").toString().replace(" ", "%20");
    try (Keyspan db = Keyspan.connect(uri)) {
      db.engine().createTable(Fixtures.table("Kept", List.of(Fixtures.s("p")), keys()));
    }
    assertThat(Files.exists(temporary.resolve("my data").resolve("snapshot"))).isTrue();
    try (Keyspan db = Keyspan.connect(uri + "&snapshotLogBytes=4096")) {
      assertThat(db.engine().listTables(new ListTablesRequest(null, null)).tableNames())
          .containsExactly("Kept");
    }
  }

  private static List<KeySchemaElement> keys() {
    return List.of(KeySchemaElement.hash("p"));
  }

  @Test
  void badDataDirectorySettings_areRejectedNamingThem() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("memory:?dir=")))
        .hasMessageThat()
        .contains("data directory (dir=) is empty");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> Keyspan.connect("memory:?snapshotLogBytes=10")))
        .hasMessageThat()
        .contains("snapshotLogBytes needs a data directory");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> Keyspan.connect("memory:?dir=/tmp/x&snapshotLogBytes=-1")))
        .hasMessageThat()
        .contains("snapshotLogBytes takes a positive number of bytes, got '-1'");
  }
}
