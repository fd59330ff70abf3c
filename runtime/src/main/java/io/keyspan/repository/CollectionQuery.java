package io.keyspan.repository;

import io.keyspan.engine.QueryRequest;
import io.keyspan.expression.Condition;
import io.keyspan.schema.MappingException;
import io.keyspan.schema.StoredItem;
import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.UnknownItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Query of one item collection of a single table: every item under one partition key, whatever
 * its member type, in sort-key order, so one request reads a customer with their orders.
 *
 * <pre>{@code
 * CollectionPage<ShopItem> page = shop.customer("c1").descending().pageSize(50).page();
 * for (ShopItem item : page.items()) {
 *   if (item instanceof Customer customer) { ... } else if (item instanceof Order order) { ... }
 * }
 * }</pre>
 *
 * <p>Items no member type reads are kept apart ({@link CollectionPage#unknownItems()}), skipped or
 * an error, as {@link #onUnknown} says. The limit, the page size and {@link #count()} count every
 * item read, unknown ones too.
 *
 * @param <T> the table's sealed root type
 */
public final class CollectionQuery<T> {
  private final QueryOperation<StoredItem<T>, StringSortKey<String>> query;
  private final TableDefinition definition;
  private UnknownItems unknownItems = UnknownItems.KEEP;
  private String cursor;

  CollectionQuery(
      QueryOperation<StoredItem<T>, StringSortKey<String>> query, TableDefinition definition) {
    this.query = query;
    this.definition = definition;
  }

  /**
   * A condition on the sort key ({@code SK}), as text: {@code sortKey(sk ->
   * sk.beginsWith("ORDER#"))} reads the orders of the collection only.
   */
  public CollectionQuery<T> sortKey(
      Function<? super StringSortKey<String>, SortKeyCondition> condition) {
    query.sortKey(condition);
    return this;
  }

  /** Applied to the items read, before they are returned; it does not reduce the read cost. */
  public CollectionQuery<T> filter(Condition filter) {
    query.filter(filter);
    return this;
  }

  /** Last sort key first. */
  public CollectionQuery<T> descending() {
    query.descending();
    return this;
  }

  /** First sort key first: the default. */
  public CollectionQuery<T> ascending() {
    query.ascending();
    return this;
  }

  /** A strongly consistent read (not on a global index). */
  public CollectionQuery<T> consistentRead() {
    query.consistentRead();
    return this;
  }

  /** Items evaluated per request (DynamoDB's {@code Limit}). */
  public CollectionQuery<T> pageSize(int pageSize) {
    query.pageSize(pageSize);
    return this;
  }

  /** The maximum number of items returned in all, unknown ones included. */
  public CollectionQuery<T> limit(int maxItems) {
    query.limit(maxItems);
    return this;
  }

  /** Resumes after the page that returned this cursor. */
  public CollectionQuery<T> startAfter(String cursor) {
    this.cursor = cursor;
    query.startAfter(cursor);
    return this;
  }

  /** What to do with items no member type reads; {@link UnknownItems#KEEP} by default. */
  public CollectionQuery<T> onUnknown(UnknownItems policy) {
    this.unknownItems = java.util.Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** The first request, as {@link #list()} would send it. */
  public QueryRequest request() {
    return query.request();
  }

  /** What {@link #list()} would send first, without sending it. */
  public Explanation explain() {
    return query.explain();
  }

  /** Every item of the collection up to the limit, over as many requests as needed. */
  public CollectionPage<T> list() {
    return sorted(query.list(), Optional.empty());
  }

  /** One page: the items of one request (up to the limit) and the cursor to the next. */
  public CollectionPage<T> page() {
    Page<StoredItem<T>> page = query.page();
    return sorted(page.items(), page.cursor());
  }

  /** The first item of a member type, reading on past unknown items. */
  public Optional<T> first() {
    try {
      while (true) {
        CollectionPage<T> page = page();
        if (!page.items().isEmpty() || page.cursor().isEmpty()) {
          return page.items().stream().findFirst();
        }
        query.startAfter(page.cursor().get());
      }
    } finally {
      query.startAfter(cursor);
    }
  }

  /** The number of items in the collection, unknown ones included (Select COUNT). */
  public long count() {
    return query.count();
  }

  private CollectionPage<T> sorted(List<StoredItem<T>> read, Optional<String> next) {
    List<T> items = new ArrayList<>();
    List<UnknownItem> unknown = new ArrayList<>();
    for (StoredItem<T> item : read) {
      if (item instanceof StoredItem.Typed<T> typed) {
        items.add(typed.item());
      } else {
        UnknownItem stray = ((StoredItem.Unknown<T>) item).item();
        switch (unknownItems) {
          case KEEP -> unknown.add(stray);
          case SKIP -> {}
          case FAIL ->
              throw new MappingException(
                  definition.describe(stray.attributes())
                      + ": "
                      + stray
                          .itemType()
                          .map(type -> "the item type " + type + " is no member type")
                          .orElse("the item has no member type"));
        }
      }
    }
    return new CollectionPage<>(items, unknown, next);
  }
}
