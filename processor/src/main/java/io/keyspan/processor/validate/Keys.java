package io.keyspan.processor.validate;

import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key attributes of the table or of one index, each key in key order: one partition attribute
 * and at most one sort attribute, except for a global index's multi-attribute key.
 */
record Keys(String description, List<Property> partitions, List<Property> sorts) {
  Keys {
    partitions = List.copyOf(partitions);
    sorts = List.copyOf(sorts);
  }

  static Keys of(Entity entity) {
    return new Keys(
        "the table " + entity.table().orElseThrow().name(),
        List.of(entity.partitionKey().orElseThrow()),
        entity.sortKey().map(List::of).orElse(List.of()));
  }

  static Keys of(TableModel.Index index) {
    return new Keys("the index " + index.name(), index.partitionKeys(), index.sortKeys());
  }

  /** The partition key's first attribute: the whole partition key unless it has several. */
  Property partition() {
    return partitions.get(0);
  }

  /** The sort key's first attribute, the whole sort key unless it has several; null if none. */
  Property sort() {
    return sorts.isEmpty() ? null : sorts.get(0);
  }

  boolean multiAttribute() {
    return partitions.size() > 1 || sorts.size() > 1;
  }

  Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    partitions.forEach(p -> names.add(p.attributeName()));
    sorts.forEach(s -> names.add(s.attributeName()));
    return names;
  }

  /** The partition key's attribute names: {@code Tournament, Region}. */
  String partitionDescription() {
    return attributeNames(partitions);
  }

  String sortDescription() {
    return sorts.isEmpty() ? ", no sort key" : ", sort key " + attributeNames(sorts);
  }

  static String attributeNames(List<Property> properties) {
    return properties.stream().map(Property::attributeName).collect(Collectors.joining(", "));
  }
}
