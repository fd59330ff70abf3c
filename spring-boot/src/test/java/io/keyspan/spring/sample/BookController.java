package io.keyspan.spring.sample;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small REST service over the generated {@link BookRepository} and the declared {@link
 * BookQueries}.
 */
@RestController
class BookController {
  private final BookRepository books;
  private final BookQueries queries;

  BookController(BookRepository books, BookQueries queries) {
    this.books = books;
    this.queries = queries;
  }

  @PutMapping("/books/{isbn}")
  Book put(@PathVariable("isbn") String isbn, @RequestBody Book book) {
    return books.put(new Book(isbn, book.title(), book.author()));
  }

  @GetMapping("/books/{isbn}")
  ResponseEntity<Book> get(@PathVariable("isbn") String isbn) {
    return ResponseEntity.of(books.get(isbn));
  }

  @GetMapping("/books")
  List<Book> byAuthor(@RequestParam("author") String author) {
    return queries.byAuthor(author);
  }
}
