package io.keyspan.micronaut;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** An application bean that takes both kinds of repository through its constructor. */
@Singleton
public class NoteBoard {
  private final NoteRepository notes;
  private final NoteQueries queries;

  @Inject
  public NoteBoard(NoteRepository notes, NoteQueries queries) {
    this.notes = notes;
    this.queries = queries;
  }

  NoteRepository notes() {
    return notes;
  }

  NoteQueries queries() {
    return queries;
  }
}
