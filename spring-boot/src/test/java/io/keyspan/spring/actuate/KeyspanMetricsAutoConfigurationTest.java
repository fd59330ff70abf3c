package io.keyspan.spring.actuate;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.spring.KeyspanAutoConfiguration;
import io.keyspan.spring.sample.Book;
import io.keyspan.spring.sample.BookQueries;
import io.keyspan.spring.sample.BookRepository;
import io.keyspan.test.Faults;
import io.keyspan.test.Operation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Request counts, latencies and consumed capacity by table and operation. Capacity follows
 * DynamoDB's unit rules: a write of an item up to 1 KB is one write unit, an eventually consistent
 * read up to 4 KB half a read unit
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html),
 * and a put also writes the item to the table's global index, one more unit
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations.Writes).
 */
class KeyspanMetricsAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  KeyspanMetricsAutoConfiguration.class, KeyspanAutoConfiguration.class))
          .withUserConfiguration(SamplePackage.class)
          .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
          .withPropertyValues("keyspan.create-tables=true", "keyspan.table-name-prefix=dev_");

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Book.class)
  static class SamplePackage {}

  @Test
  void requestsAndCapacity_areCountedPerTableAndOperation() {
    runner.run(
        context -> {
          BookRepository books = context.getBean(BookRepository.class);
          books.put(new Book("1", "Dune", "Herbert"));
          books.put(new Book("2", "Emma", "Austen"));
          books.get("1");
          context.getBean(BookQueries.class).byAuthor("Herbert");

          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(requests(registry, "PutItem", "success")).isEqualTo(2);
          assertThat(requests(registry, "GetItem", "success")).isEqualTo(1);
          assertThat(requests(registry, "Query", "success")).isEqualTo(1);
          assertThat(requests(registry, "CreateTable", "success")).isEqualTo(1);
          assertThat(capacity(registry, "PutItem")).isEqualTo(4.0);
          assertThat(capacity(registry, "GetItem")).isEqualTo(0.5);
          assertThat(capacity(registry, "Query")).isEqualTo(0.5);
        });
  }

  @Test
  void aFailedRequest_isCountedUnderItsError() {
    Faults faults = Faults.create();
    faults.on(Operation.PUT_ITEM).times(1).throttle();
    Keyspan memory = Keyspan.inMemory();
    runner
        .withBean(Engine.class, () -> faults.wrap(memory.engine()))
        .run(
            context -> {
              BookRepository books = context.getBean(BookRepository.class);
              assertThrows(
                  ProvisionedThroughputExceededException.class,
                  () -> books.put(new Book("1", "Dune", "Herbert")));
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(requests(registry, "PutItem", "ProvisionedThroughputExceededException"))
                  .isEqualTo(1);
              assertThat(
                      registry
                          .find(MicrometerEngine.CAPACITY)
                          .tag("operation", "PutItem")
                          .counter())
                  .isNull();
            });
    memory.close();
  }

  private static long requests(MeterRegistry registry, String operation, String outcome) {
    return registry
        .get(MicrometerEngine.REQUESTS)
        .tags("table", "dev_Books", "operation", operation, "outcome", outcome)
        .timer()
        .count();
  }

  private static double capacity(MeterRegistry registry, String operation) {
    return registry
        .get(MicrometerEngine.CAPACITY)
        .tags("table", "dev_Books", "operation", operation)
        .counter()
        .count();
  }
}
