package io.keyspan.spring.sample;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/** The sample's declared access pattern; the processor writes its implementation. */
@Repository(Book.class)
public interface BookQueries {
  @Query(index = "ByAuthor", key = "Author = :author")
  List<Book> byAuthor(String author);
}
