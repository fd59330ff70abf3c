package io.keyspan.spring.test;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.spring.sample.Book;
import io.keyspan.spring.sample.BookApplication;
import io.keyspan.spring.sample.BookRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Run by two test classes of the same configuration, which Spring's test context cache would
 * otherwise give one shared context: each must find the table created and empty.
 */
@SpringBootTest(
    classes = BookApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
@FreshKeyspan
abstract class FreshEngineCheck {
  @Autowired private BookRepository books;

  @Test
  void startsOnAnEmptyTable() {
    assertThat(books.get("1")).isEmpty();
    books.put(new Book("1", "Dune", "Herbert"));
    assertThat(books.get("1")).isPresent();
  }
}
