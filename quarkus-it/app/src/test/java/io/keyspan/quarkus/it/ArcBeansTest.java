package io.keyspan.quarkus.it;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.quarkus.it.model.Book;
import io.keyspan.quarkus.it.model.BookQueries;
import io.keyspan.quarkus.it.model.BookQueries_Impl;
import io.keyspan.quarkus.it.model.BookRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Starts the Quarkus application: ArC finds the model library's generated repository and the
 * declared repository's generated implementation in its index (application.properties names the
 * library in quarkus.index-dependency) and injects them, over the produced handle. One application
 * serves both methods (its start-up created the table), so each uses its own keys.
 */
@QuarkusTest
class ArcBeansTest {
  @Inject BookRepository books;
  @Inject BookQueries queries;
  @Inject Keyspan keyspan;

  @Test
  void injectedRepositories_putGetAndQueryTheSameTables() {
    books.put(new Book("978-0", "Notes on the Analytical Engine", "Lovelace", 1843));
    books.put(new Book("978-1", "Sketch of the Analytical Engine", "Lovelace", 1842));
    books.put(new Book("978-2", "Passages from the Life of a Philosopher", "Babbage", 1864));

    assertThat(books.get("978-2"))
        .hasValue(new Book("978-2", "Passages from the Life of a Philosopher", "Babbage", 1864));
    assertThat(queries.byAuthorBefore("Lovelace", 1843))
        .containsExactly(new Book("978-1", "Sketch of the Analytical Engine", "Lovelace", 1842));
    assertThat(queries.findByAuthor("Lovelace")).hasSize(2);
  }

  @Test
  void theDeclaredRepository_isTheGeneratedImplementationOverTheProducedHandle() {
    assertThat(queries.getClass().getName()).startsWith(BookQueries_Impl.class.getName());
    books.put(new Book("978-3", "Sketch of the Analytical Engine (French)", "Menabrea", 1842));
    assertThat(queries.findByAuthor("Menabrea")).hasSize(1);
    assertThat(keyspan.repository(BookQueries.class).findByAuthor("Menabrea"))
        .isEqualTo(queries.findByAuthor("Menabrea"));
  }
}
