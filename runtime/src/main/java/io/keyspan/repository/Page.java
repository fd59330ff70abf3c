package io.keyspan.repository;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query or scan.
 *
 * @param cursor resumes the same query after this page ({@code startAfter(cursor)}); empty when the
 *     read is complete
 */
public record Page<T>(List<T> items, Optional<String> cursor) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean hasMore() {
    return cursor.isPresent();
  }
}
