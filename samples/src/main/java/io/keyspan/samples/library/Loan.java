package io.keyspan.samples.library;

import io.keyspan.annotations.ItemType;
import io.keyspan.annotations.KeyTemplate;
import java.time.LocalDate;

/**
 * A book lent to a member, stored under the member and indexed under the book. {@code overdueSince}
 * is null until the loan is late: only then does the loan appear on {@code GSI2} (a sparse index).
 */
@ItemType("LOAN")
@KeyTemplate(partition = "MEMBER#{memberId}", sort = "LOAN#{dueOn}#{isbn}")
@KeyTemplate(index = "GSI1", partition = "BOOK#{isbn}", sort = "LOAN#{dueOn}#{memberId}")
@KeyTemplate(index = "GSI2", partition = "OVERDUE", sort = "{overdueSince}#{memberId}#{isbn}")
public record Loan(String memberId, String isbn, LocalDate dueOn, LocalDate overdueSince)
    implements LibraryItem {}
