package io.keyspan.spring.sample;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.spring.test.FreshKeyspan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The sample service on a random port, called over HTTP with Spring's {@link RestClient} (rather
 * than Boot's TestRestTemplate, which moved to its own module in Boot 4: this test runs unchanged
 * on both lines).
 */
@SpringBootTest(
    classes = BookApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "management.endpoint.health.show-components=always",
      "management.endpoints.web.exposure.include=health,metrics"
    })
@FreshKeyspan
class BookApplicationTest {
  @Value("${local.server.port}")
  private int port;

  private RestClient http() {
    return RestClient.create("http://127.0.0.1:" + port);
  }

  @Test
  void storesAndFindsBooksOverHttp() {
    Book dune = new Book("978-0441013593", "Dune", "Frank Herbert");
    http().put().uri("/books/{isbn}", dune.isbn()).body(dune).retrieve().toBodilessEntity();
    http()
        .put()
        .uri("/books/{isbn}", "978-0141439518")
        .body(new Book(null, "Emma", "Jane Austen"))
        .retrieve()
        .toBodilessEntity();

    assertThat(http().get().uri("/books/{isbn}", dune.isbn()).retrieve().body(Book.class))
        .isEqualTo(dune);
    List<Book> herbert =
        http()
            .get()
            .uri("/books?author={author}", "Frank Herbert")
            .retrieve()
            .body(new ParameterizedTypeReference<List<Book>>() {});
    assertThat(herbert).containsExactly(dune);
  }

  @Test
  void anUnknownBook_is404() {
    assertThrows(
        HttpClientErrorException.NotFound.class,
        () -> http().get().uri("/books/{isbn}", "0000000000").retrieve().body(Book.class));
  }

  @Test
  void metricsCountTheRequestsOfEachTable() {
    http().get().uri("/books?author={author}", "Nobody").retrieve().toBodilessEntity();
    String queries =
        http()
            .get()
            .uri("/actuator/metrics/keyspan.requests?tag=table:Books&tag=operation:Query")
            .retrieve()
            .body(String.class);
    assertThat(queries).contains("{\"statistic\":\"COUNT\",\"value\":");
  }

  @Test
  void healthShowsKeyspanUp() {
    String health = http().get().uri("/actuator/health").retrieve().body(String.class);
    assertThat(health).contains("\"keyspan\":{\"status\":\"UP\"}");
  }
}
