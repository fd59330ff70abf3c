package io.keyspan.repository;

import io.keyspan.schema.UnknownItem;
import java.util.List;
import java.util.Optional;

/**
 * Items of a collection query: those of the member types, typed as the table's sealed root, and,
 * apart, those no member reads.
 *
 * @param items the items of member types, in sort-key order
 * @param unknownItems the items no member reads, in sort-key order; empty unless the query keeps
 *     them ({@link UnknownItems#KEEP}, the default)
 * @param cursor resumes the same query after this page ({@code startAfter(cursor)}); empty when the
 *     read is complete
 * @param <T> the table's sealed root type
 */
public record CollectionPage<T>(
    List<T> items, List<UnknownItem> unknownItems, Optional<String> cursor) {
  public CollectionPage {
    items = List.copyOf(items);
    unknownItems = List.copyOf(unknownItems);
  }

  /** Whether the collection has items after this page. */
  public boolean hasMore() {
    return cursor.isPresent();
  }
}
