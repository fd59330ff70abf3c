package io.keyspan.test;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One call an engine received, as {@link Faults} rules see it: the operation, the tables it touches
 * and the items it names.
 *
 * @param operation the engine operation
 * @param tables the tables the call touches, sorted by name
 * @param items for item operations, batches and transactions: each item it writes (PutItem and puts
 *     in batches and transactions) or each key it reads, updates, deletes or checks, in request
 *     order; empty for queries, scans and table operations
 */
public record EngineCall(Operation operation, Set<String> tables, List<Item> items) {
  public EngineCall {
    tables = Set.copyOf(new TreeSet<>(tables));
    items = List.copyOf(items);
  }

  static EngineCall onTable(Operation operation, String table) {
    return new EngineCall(operation, table == null ? Set.of() : Set.of(table), List.of());
  }

  static EngineCall onItem(
      Operation operation, String table, Map<String, AttributeValue> attributes) {
    return new EngineCall(operation, Set.of(table), List.of(new Item(table, attributes)));
  }

  static EngineCall onItems(Operation operation, List<Item> items) {
    return new EngineCall(
        operation, new TreeSet<>(items.stream().map(Item::table).toList()), items);
  }

  /**
   * An item a call names.
   *
   * @param table the table the item is in
   * @param attributes the whole item for a put, otherwise the key
   */
  public record Item(String table, Map<String, AttributeValue> attributes) {
    public Item {
      attributes = Map.copyOf(attributes);
    }

    /** Whether this item has {@code key}'s attributes with the same values. */
    public boolean hasKey(Map<String, AttributeValue> key) {
      return attributes.entrySet().containsAll(key.entrySet());
    }
  }
}
