package io.keyspan.samples.library;

import io.keyspan.annotations.ItemType;
import io.keyspan.annotations.KeyTemplate;

/** A title the library holds: with its loans on {@code GSI1}, by author on {@code GSI2}. */
@ItemType("BOOK")
@KeyTemplate(partition = "BOOK#{isbn}", sort = "DETAILS")
@KeyTemplate(index = "GSI1", partition = "BOOK#{isbn}", sort = "DETAILS")
@KeyTemplate(index = "GSI2", partition = "AUTHOR#{author}", sort = "BOOK#{published}#{isbn}")
public record Book(String isbn, String title, String author, int published)
    implements LibraryItem {}
