package io.keyspan.micronaut;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.Engine;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starts a real Micronaut application context: the beans are the definitions Micronaut's annotation
 * processor wrote for Keyspan's generated classes, in the same compilation.
 */
class MicronautBeansTest {
  @Test
  void generatedAndDeclaredRepositories_areInjectedOverOneHandle() {
    try (ApplicationContext context = ApplicationContext.run()) {
      NoteBoard board = context.getBean(NoteBoard.class);
      NoteRepository notes = board.notes();
      NoteQueries queries = board.queries();
      notes.createTable();
      notes.put(new Note("ada", "n1", "engines", 5));
      notes.put(new Note("ada", "n2", "notes", 2));
      notes.put(new Note("bob", "n1", "looms", 4));

      assertThat(notes.get("ada", "n1")).hasValue(new Note("ada", "n1", "engines", 5));
      assertThat(queries.starredBy("ada", 3)).containsExactly(new Note("ada", "n1", "engines", 5));
      assertThat(queries.findByAuthor("ada"))
          .containsExactly(new Note("ada", "n1", "engines", 5), new Note("ada", "n2", "notes", 2))
          .inOrder();
      assertThat(notes).isSameInstanceAs(context.getBean(NoteRepository.class));
      assertThat(queries).isInstanceOf(NoteQueries_Impl.class);
    }
  }

  @Test
  void theHandle_followsTheConfiguration() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    try (ApplicationContext context =
        ApplicationContext.builder()
            .properties(Map.of("keyspan.engine", "memory:", "keyspan.table-name-prefix", "dev_"))
            .singletons(clock)
            .start()) {
      Keyspan keyspan = context.getBean(Keyspan.class);
      assertThat(keyspan.tableName("Notes")).isEqualTo("dev_Notes");
      assertThat(keyspan.clock()).isSameInstanceAs(clock);
      context.getBean(NoteRepository.class).createTable();
      context.getBean(NoteRepository.class).put(new Note("ada", "n1", "engines", 5));
      assertThat(keyspan.engine().describeTable(new DescribeTableRequest("dev_Notes")).itemCount())
          .isEqualTo(1L);
    }
  }

  @Test
  void withoutConfiguration_theHandleIsInMemoryWithPlainTableNames() {
    try (ApplicationContext context = ApplicationContext.run()) {
      Keyspan keyspan = context.getBean(Keyspan.class);
      assertThat(keyspan.tableName("Notes")).isEqualTo("Notes");
      assertThat(keyspan.engine().getClass().getName()).startsWith("io.keyspan.memory.");
    }
  }

  @Test
  void anEngineNoProviderServes_failsNamingTheSchemeAndTheAvailableOnes() {
    try (ApplicationContext context = ApplicationContext.run(Map.of("keyspan.engine", "nosuch:"))) {
      BeanInstantiationException error =
          assertThrows(BeanInstantiationException.class, () -> context.getBean(Keyspan.class));
      assertThat(rootCause(error))
          .hasMessageThat()
          .contains("No Keyspan engine serves the scheme 'nosuch:'");
      assertThat(rootCause(error))
          .hasMessageThat()
          .contains("Available schemes: closing:, memory:.");
    }
  }

  @Test
  void theHandleAndItsEngine_areClosedWithTheContext() {
    ApplicationContext context = ApplicationContext.run(Map.of("keyspan.engine", "closing:"));
    Engine engine = context.getBean(Keyspan.class).engine();
    assertThat(ClosingEngineProvider.closed()).doesNotContain(engine);
    context.close();
    assertThat(ClosingEngineProvider.closed()).contains(engine);
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
