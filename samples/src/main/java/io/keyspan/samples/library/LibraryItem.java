package io.keyspan.samples.library;

import io.keyspan.annotations.Collection;
import io.keyspan.annotations.IndexAttributes;
import io.keyspan.annotations.KeyAttributes;
import io.keyspan.annotations.Table;

/**
 * A lending library in one table: members, books and loans share the partition and sort key
 * attributes {@code PK}/{@code SK} and two overloaded global indexes. {@code GSI1} finds a member
 * by e-mail and a book with its loans; {@code GSI2} lists an author's books and, sparsely, the
 * overdue loans. The {@code member} collection reads a member with their loans in one Query.
 */
@Table(name = "Library")
@KeyAttributes(partitionKey = "PK", sortKey = "SK")
@IndexAttributes(index = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
@IndexAttributes(index = "GSI2", partitionKey = "GSI2PK", sortKey = "GSI2SK")
@Collection(name = "member", partition = "MEMBER#{memberId}")
@Collection(name = "book", index = "GSI1", partition = "BOOK#{isbn}")
public sealed interface LibraryItem permits Member, Book, Loan {}
