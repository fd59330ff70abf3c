package io.keyspan;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KeyspanTest {

  @Test
  void connect_choosesTheProviderOfTheUriScheme() {
    try (Keyspan db = Keyspan.connect("test:somewhere?x=1")) {
      ClosableTestEngine engine = (ClosableTestEngine) db.engine();
      assertThat(engine.uri.toString()).isEqualTo("test:somewhere?x=1");
    }
  }

  @Test
  void schemeMatching_ignoresCase() {
    try (Keyspan db = Keyspan.connect("TEST:")) {
      assertThat(db.engine()).isInstanceOf(ClosableTestEngine.class);
    }
  }

  @Test
  void unknownScheme_isClearErrorListingAvailableSchemes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("nosuch:x"));
    assertThat(e).hasMessageThat().contains("No Keyspan engine serves the scheme 'nosuch:'");
    assertThat(e).hasMessageThat().contains("Available schemes: test:");
  }

  @Test
  void uriWithoutScheme_isClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("just-a-name"));
    assertThat(e).hasMessageThat().contains("has no scheme");
  }

  @Test
  void malformedScheme_isClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("1test:x"));
    assertThat(e).hasMessageThat().startsWith("Malformed engine URI '1test:x'");
  }

  @Test
  void engineOpenedFromUri_isClosedWithTheHandle() {
    Keyspan db = Keyspan.connect("test:");
    ClosableTestEngine engine = (ClosableTestEngine) db.engine();
    db.close();
    assertThat(engine.closed).isTrue();
  }

  @Test
  void engineHandedIn_staysOpenWhenTheHandleCloses() {
    ClosableTestEngine engine = new ClosableTestEngine(null, null);
    Keyspan.using(engine).close();
    assertThat(engine.closed).isFalse();
  }

  @Test
  void clock_reachesTheEngineAndTheHandle() {
    Clock fixed = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (Keyspan db = Keyspan.builder().uri("test:").clock(fixed).build()) {
      assertThat(db.clock()).isSameInstanceAs(fixed);
      assertThat(((ClosableTestEngine) db.engine()).context.clock()).isSameInstanceAs(fixed);
    }
  }

  @Test
  void tableNames_passThroughByDefault() {
    try (Keyspan db = Keyspan.connect("test:")) {
      assertThat(db.tableName("Users")).isEqualTo("Users");
    }
  }

  @Test
  void tableNamePrefix_isAppliedToEveryTable() {
    try (Keyspan db = Keyspan.builder().uri("test:").tableNamePrefix("dev_").build()) {
      assertThat(db.tableName("Users")).isEqualTo("dev_Users");
    }
  }

  @Test
  void tableNameResolver_mapsLogicalNames() {
    try (Keyspan db =
        Keyspan.builder()
            .uri("test:")
            .tableNameResolver(name -> name.toLowerCase() + "-prod")
            .build()) {
      assertThat(db.tableName("Users")).isEqualTo("users-prod");
    }
  }
}
