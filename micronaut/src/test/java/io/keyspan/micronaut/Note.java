package io.keyspan.micronaut;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;

/** A table for the tests: Keyspan's processor writes NoteSchema and NoteRepository. */
@Table(name = "Notes")
public record Note(
    @PartitionKey @Attribute("Author") String author,
    @SortKey @Attribute("NoteID") String noteId,
    @Attribute("Text") String text,
    @Attribute("Stars") int stars) {}
