package io.keyspan.repository;

/**
 * The sort key of a query on a table or index that has none: it builds no condition, so {@link
 * QueryOperation#sortKey} has nothing to offer.
 */
public final class NoSortKey {
  static final NoSortKey INSTANCE = new NoSortKey();

  private NoSortKey() {}
}
