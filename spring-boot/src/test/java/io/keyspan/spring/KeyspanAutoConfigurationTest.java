package io.keyspan.spring;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.spring.sample.Book;
import io.keyspan.spring.sample.BookQueries;
import io.keyspan.spring.sample.BookRepository;
import io.keyspan.test.KeyspanLocal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The auto-configuration in real application contexts (Boot's ApplicationContextRunner), no web
 * server.
 */
class KeyspanAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(KeyspanAutoConfiguration.class))
          .withUserConfiguration(SamplePackage.class);

  /** What {@code @SpringBootApplication} does for the sample: its package is the one to scan. */
  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Book.class)
  static class SamplePackage {}

  @Test
  void generatedAndDeclaredRepositories_areBeansOverTheKeyspanBean() {
    runner
        .withPropertyValues("keyspan.create-tables=true")
        .run(
            context -> {
              BookRepository books = context.getBean("bookRepository", BookRepository.class);
              BookQueries queries = context.getBean("bookQueries", BookQueries.class);
              books.put(new Book("1", "Dune", "Herbert"));
              assertThat(queries.byAuthor("Herbert"))
                  .containsExactly(new Book("1", "Dune", "Herbert"));
              assertThat(tables(context.getBean(Keyspan.class))).containsExactly("Books");
            });
  }

  @Test
  void withoutCreateTables_noTableIsCreated() {
    runner.run(context -> assertThat(tables(context.getBean(Keyspan.class))).isEmpty());
  }

  @Test
  void tableNamePrefix_namesThePhysicalTables() {
    runner
        .withPropertyValues("keyspan.create-tables=true", "keyspan.table-name-prefix=dev_")
        .run(
            context -> {
              context.getBean(BookRepository.class).put(new Book("1", "Dune", "Herbert"));
              assertThat(tables(context.getBean(Keyspan.class))).containsExactly("dev_Books");
            });
  }

  @Test
  void createTables_leavesAnExistingTableAndItsItems() {
    Keyspan shared = Keyspan.inMemory();
    BookRepository before = new BookRepository(shared);
    before.createTable();
    before.put(new Book("1", "Dune", "Herbert"));
    runner
        .withPropertyValues("keyspan.create-tables=true")
        .withBean(Engine.class, shared::engine)
        .run(
            context ->
                assertThat(context.getBean(BookRepository.class).get("1"))
                    .hasValue(new Book("1", "Dune", "Herbert")));
    shared.close();
  }

  @Test
  void aClockBean_isTheHandlesClock() {
    Clock fixed = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    runner
        .withBean(Clock.class, () -> fixed)
        .run(context -> assertThat(context.getBean(Keyspan.class).clock()).isSameInstanceAs(fixed));
  }

  @Test
  void withoutAClockBean_theClockIsUtc() {
    runner.run(
        context ->
            assertThat(context.getBean(Keyspan.class).clock().getZone()).isEqualTo(ZoneOffset.UTC));
  }

  @Test
  void anApplicationsKeyspanBean_replacesTheAutoConfiguredOne() {
    Keyspan own = Keyspan.builder().tableNamePrefix("own_").build();
    runner
        .withBean(Keyspan.class, () -> own)
        .run(
            context -> {
              assertThat(context.getBean(Keyspan.class)).isSameInstanceAs(own);
              assertThat(context.getBean(BookRepository.class).tableName()).isEqualTo("own_Books");
            });
  }

  @Test
  void aDynamoDbClientBean_isUsedForTheDynamodbScheme() {
    try (Keyspan backing = Keyspan.inMemory();
        DynamoDbClient client = KeyspanLocal.dynamoDbClient(backing)) {
      runner
          .withPropertyValues("keyspan.engine=dynamodb:", "keyspan.create-tables=true")
          .withBean(DynamoDbClient.class, () -> client)
          .run(
              context -> {
                context.getBean(BookRepository.class).put(new Book("1", "Dune", "Herbert"));
                assertThat(new BookRepository(backing).get("1"))
                    .hasValue(new Book("1", "Dune", "Herbert"));
              });
    }
  }

  @Test
  void aDynamoDbClientBean_isIgnoredForTheMemoryScheme() {
    try (Keyspan backing = Keyspan.inMemory();
        DynamoDbClient client = KeyspanLocal.dynamoDbClient(backing)) {
      runner
          .withPropertyValues("keyspan.create-tables=true")
          .withBean(DynamoDbClient.class, () -> client)
          .run(
              context -> {
                context.getBean(BookRepository.class).put(new Book("1", "Dune", "Herbert"));
                assertThat(tables(backing)).isEmpty();
              });
    }
  }

  @Test
  void aMalformedEngineUri_failsStartUpNamingTheProperty() {
    runner
        .withPropertyValues("keyspan.engine=memory")
        .run(
            context -> {
              assertThat(context.getStartupFailure()).isNotNull();
              assertThat(messages(context.getStartupFailure())).contains("keyspan");
              assertThat(messages(context.getStartupFailure()))
                  .contains("Engine URI 'memory' has no scheme");
            });
  }

  @Test
  void anUnknownScheme_failsStartUpListingTheSchemes() {
    runner
        .withPropertyValues("keyspan.engine=cassandra:")
        .run(
            context -> {
              assertThat(context.getStartupFailure()).isNotNull();
              assertThat(messages(context.getStartupFailure()))
                  .contains("No Keyspan engine serves the scheme 'cassandra:'");
              assertThat(messages(context.getStartupFailure())).contains("memory:");
            });
  }

  private static List<String> tables(Keyspan keyspan) {
    return keyspan.engine().listTables(new ListTablesRequest(null, null)).tableNames();
  }

  /** The messages of a failure and its causes, one string. */
  private static String messages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      text.append(cause.getMessage()).append('\n');
    }
    return text.toString();
  }
}
