package io.keyspan.spring.sample;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/**
 * A book of the sample shop: the {@code Books} table, keyed by ISBN, with a global index by author.
 */
@Table(name = "Books")
public record Book(
    @PartitionKey @Attribute("Isbn") String isbn,
    @Attribute("Title") String title,
    @Attribute("Author") @IndexPartitionKey("ByAuthor") String author) {}
