package io.keyspan.repository;

import io.keyspan.schema.StoredItem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One call of a declared read method of a single table's sealed interface: the items its Query or
 * Scan reads, each read by its member's schema, keeping those of the type the method returns. Items
 * no member reads (an {@link io.keyspan.schema.UnknownItem}) are left out, as a collection query
 * with {@link UnknownItems#SKIP} leaves them out. As in a collection query, the limit and the page
 * size count every item read; a count counts every item the read matches.
 *
 * @param <T> the table's sealed root type
 * @param <R> the type the method returns: the root type, or one member
 */
public final class DeclaredItems<T, R> {
  private final DeclaredCall<StoredItem<T>> call;
  private final Function<T, Optional<R>> kept;
  private final boolean countsKept;

  /**
   * @param kept the item as the returned type, or empty when it is of another member
   * @param countsKept whether every item the read matches is kept, so a count need not read them
   */
  DeclaredItems(
      DeclaredCall<StoredItem<T>> call, Function<T, Optional<R>> kept, boolean countsKept) {
    this.call = call;
    this.kept = kept;
    this.countsKept = countsKept;
  }

  /** Overrides the method's limit; 0 or less means no limit. */
  public DeclaredItems<T, R> limit(int limit) {
    call.limit(limit);
    return this;
  }

  /** Overrides the method's page size; 0 or less means DynamoDB's own (up to 1 MB). */
  public DeclaredItems<T, R> pageSize(int pageSize) {
    call.pageSize(pageSize);
    return this;
  }

  /** Resumes after the page that returned this cursor; null for the first page. */
  public DeclaredItems<T, R> startAfter(String cursor) {
    call.startAfter(cursor);
    return this;
  }

  public List<R> list() {
    return kept(call.list().stream()).toList();
  }

  /** One page and the cursor to the next. */
  public Page<R> page() {
    Page<StoredItem<T>> page = call.page();
    return new Page<>(kept(page.items().stream()).toList(), page.cursor());
  }

  /** The items, fetched a page at a time as the stream is consumed. */
  public Stream<R> stream() {
    return kept(call.stream());
  }

  /** The first item kept, reading on past the others. */
  public Optional<R> first() {
    try (Stream<R> items = stream()) {
      return items.findFirst();
    }
  }

  /**
   * The number of items kept: of a read that keeps every item it matches, counted without
   * transferring them (Select COUNT); else counted as they are read.
   */
  public long count() {
    if (countsKept) {
      return call.count();
    }
    try (Stream<R> items = stream()) {
      return items.count();
    }
  }

  public boolean exists() {
    return first().isPresent();
  }

  private Stream<R> kept(Stream<StoredItem<T>> items) {
    return items
        .<T>mapMulti(
            (item, typed) -> {
              if (item instanceof StoredItem.Typed<T> known) {
                typed.accept(known.item());
              }
            })
        .map(kept)
        .flatMap(Optional::stream);
  }
}
