package io.keyspan.quarkus.it.model;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/** The model's table: Keyspan's processor writes BookSchema and BookRepository. */
@Table(name = "Books")
public record Book(
    @PartitionKey @Attribute("ISBN") String isbn,
    @Attribute("Title") String title,
    @IndexPartitionKey("ByAuthor") @Attribute("Author") String author,
    @Attribute("Year") int year) {}
