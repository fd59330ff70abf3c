package io.keyspan.quarkus.it.model;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/** A declared repository: Keyspan's processor writes BookQueries_Impl, an ArC bean. */
@Repository(Book.class)
public interface BookQueries {
  @Query(index = "ByAuthor", key = "Author = :author", filter = "#Year < :before")
  List<Book> byAuthorBefore(String author, int before);

  List<Book> findByAuthor(String author);
}
