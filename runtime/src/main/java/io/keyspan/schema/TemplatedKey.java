package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The templates of one key of a member type: the table's primary key ({@code indexName} null) or an
 * index key, each attribute with the template its value is rendered from.
 *
 * @param indexName the index, or null for the table's primary key
 * @param sortAttribute null when the table or index has no sort key
 * @param sort null when the table or index has no sort key
 */
public record TemplatedKey(
    String indexName,
    String partitionAttribute,
    KeyPattern partition,
    String sortAttribute,
    KeyPattern sort) {
  public TemplatedKey {
    Objects.requireNonNull(partitionAttribute, "partitionAttribute");
    Objects.requireNonNull(partition, "partition");
    if ((sortAttribute == null) != (sort == null)) {
      throw new IllegalArgumentException(
          "A sort key needs both its attribute and its template: " + sortAttribute + ", " + sort);
    }
  }

  /** The index; empty for the table's primary key. */
  public Optional<String> index() {
    return Optional.ofNullable(indexName);
  }

  /** The sort template; empty when the table or index has no sort key. */
  public Optional<KeyPattern> sortTemplate() {
    return Optional.ofNullable(sort);
  }

  /** The components of both templates: the partition template's, then the sort template's. */
  public List<String> components() {
    List<String> names = new ArrayList<>(partition.components());
    if (sort != null) {
      names.addAll(sort.components());
    }
    return List.copyOf(names);
  }

  /**
   * The key attributes with these component forms written in; null when any component is null (the
   * item stays out of a sparse index).
   */
  public Map<String, AttributeValue> render(Function<String, String> encodedComponent) {
    String partitionKey = partition.render(forms(partition, encodedComponent));
    String sortKey = sort == null ? null : sort.render(forms(sort, encodedComponent));
    if (partitionKey == null || (sort != null && sortKey == null)) {
      return null;
    }
    Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
    key.put(partitionAttribute, AttributeValue.s(partitionKey));
    if (sort != null) {
      key.put(sortAttribute, AttributeValue.s(sortKey));
    }
    return key;
  }

  /** Whether an item's key attributes are keys these templates render. */
  public boolean matches(Map<String, AttributeValue> item) {
    return matches(partition, item.get(partitionAttribute))
        && (sort == null || matches(sort, item.get(sortAttribute)));
  }

  /** {@code GSI1 (GSI1PK = ORDER#{orderId}, GSI1SK = ORDER)}, {@code table key (PK = ...)}. */
  public String describe() {
    return (indexName == null ? "table key" : indexName)
        + " ("
        + partitionAttribute
        + " = "
        + partition
        + (sort == null ? "" : ", " + sortAttribute + " = " + sort)
        + ")";
  }

  private static String[] forms(KeyPattern template, Function<String, String> encodedComponent) {
    return template.components().stream().map(encodedComponent).toArray(String[]::new);
  }

  private static boolean matches(KeyPattern template, AttributeValue value) {
    return value instanceof AttributeValue.S s && template.matches(s.value());
  }
}
