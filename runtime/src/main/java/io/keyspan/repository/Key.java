package io.keyspan.repository;

import io.keyspan.schema.OrderedAttribute;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The primary key of one item of a {@code T} table. Only a repository of that table makes one
 * ({@code users.key("123")}, {@code users.keyOf(user)}), so a {@code Key<Concert>} cannot be built
 * from another table's attributes, and a repository accepts only keys of its own table.
 *
 * @param <T> the item type, so keys of different tables do not mix
 */
public final class Key<T> {
  private final Map<String, AttributeValue> values;
  // The template components a single-table member's key was rendered from, by component name: an
  // update renders the index keys that share them. Empty for other keys; not part of equality.
  private final Map<String, Object> components;

  private Key(Map<String, AttributeValue> values) {
    this(values, Map.of());
  }

  private Key(Map<String, AttributeValue> values, Map<String, Object> components) {
    this.values = java.util.Collections.unmodifiableMap(values);
    this.components = java.util.Collections.unmodifiableMap(components);
  }

  /** The key of a table with a partition key only. */
  static <T, P> Key<T> of(OrderedAttribute<P> partitionKey, P partitionValue) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(
        partitionKey.path().topLevelName(),
        partitionKey.toValue(Objects.requireNonNull(partitionValue, "partition key")));
    return new Key<>(values);
  }

  /** The key of a table with a partition key and a sort key. */
  static <T, P, S> Key<T> of(
      OrderedAttribute<P> partitionKey,
      P partitionValue,
      OrderedAttribute<S> sortKey,
      S sortValue) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(
        partitionKey.path().topLevelName(),
        partitionKey.toValue(Objects.requireNonNull(partitionValue, "partition key")));
    values.put(
        sortKey.path().topLevelName(),
        sortKey.toValue(Objects.requireNonNull(sortValue, "sort key")));
    return new Key<>(values);
  }

  static <T> Key<T> ofValues(Map<String, AttributeValue> values) {
    return new Key<>(new LinkedHashMap<>(values));
  }

  /** A member's key rendered from these template components' values. */
  static <T> Key<T> ofTemplates(
      Map<String, AttributeValue> values, Map<String, Object> componentValues) {
    return new Key<>(new LinkedHashMap<>(values), new LinkedHashMap<>(componentValues));
  }

  Map<String, Object> components() {
    return components;
  }

  /** The key attributes by name. */
  public Map<String, AttributeValue> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Key<?> key && key.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Key" + values;
  }
}
