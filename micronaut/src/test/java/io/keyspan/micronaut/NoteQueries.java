package io.keyspan.micronaut;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/**
 * A declared repository: Keyspan's processor writes NoteQueries_Impl, Micronaut's its bean
 * definition.
 */
@Repository(Note.class)
public interface NoteQueries {
  @Query(key = "Author = :author", filter = "Stars >= :stars")
  List<Note> starredBy(String author, int stars);

  List<Note> findByAuthor(String author);
}
