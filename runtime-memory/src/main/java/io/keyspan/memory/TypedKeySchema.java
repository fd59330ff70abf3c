package io.keyspan.memory;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The key attributes of a table or index with their types, in key-schema order: one or more
 * partition attributes and zero or more sort attributes. A table or LSI key has at most one of
 * each; a GSI key may have up to four of each (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 * A key of several attributes is stored as an L value of its parts, compared part by part ({@link
 * KeyOrder}).
 *
 * <p>Every item read or written consults its table's key, so the attribute list and names are
 * computed once here and looked up by loops over at most eight parts, not by streams.
 */
final class TypedKeySchema {

  /** One key attribute and its declared type. */
  record Part(String name, ScalarAttributeType type) {}

  private final List<Part> partition;
  private final List<Part> sort;
  private final List<Part> parts;
  private final List<String> names;

  TypedKeySchema(List<Part> partition, List<Part> sort) {
    this.partition = List.copyOf(partition);
    this.sort = List.copyOf(sort);
    this.parts = Stream.concat(partition.stream(), sort.stream()).toList();
    this.names = parts.stream().map(Part::name).toList();
  }

  /** The partition attributes, in key-schema order. */
  List<Part> partition() {
    return partition;
  }

  /** The sort attributes, in key-schema order; empty when the key has none. */
  List<Part> sort() {
    return sort;
  }

  /** The key of a validated schema; every attribute is defined (checked by TableValidator). */
  static TypedKeySchema of(List<KeySchemaElement> schema, List<AttributeDefinition> definitions) {
    List<Part> partition = new ArrayList<>();
    List<Part> sort = new ArrayList<>();
    for (KeySchemaElement element : schema) {
      Part part = new Part(element.attributeName(), typeOf(element.attributeName(), definitions));
      (element.keyType() == KeyType.HASH ? partition : sort).add(part);
    }
    return new TypedKeySchema(partition, sort);
  }

  private static ScalarAttributeType typeOf(String name, List<AttributeDefinition> definitions) {
    return definitions.stream()
        .filter(definition -> definition.attributeName().equals(name))
        .map(AttributeDefinition::attributeType)
        .findFirst()
        .orElseThrow();
  }

  /** The partition attribute of a table or LSI key, which has exactly one. */
  String partitionName() {
    return partition.get(0).name();
  }

  /** The sort attribute of a table or LSI key, or null when it has none. */
  String sortName() {
    return hasSort() ? sort.get(0).name() : null;
  }

  boolean hasSort() {
    return !sort.isEmpty();
  }

  /** Whether the key is made of more attributes than one partition and one sort attribute. */
  boolean multiAttribute() {
    return partition.size() > 1 || sort.size() > 1;
  }

  boolean contains(String attribute) {
    return names().contains(attribute);
  }

  boolean isPartition(String attribute) {
    for (Part part : partition) {
      if (part.name().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  /** The partition attributes, then the sort attributes, each in key-schema order. */
  List<String> names() {
    return names;
  }

  /** The parts in the order of {@link #names()}. */
  List<Part> parts() {
    return parts;
  }

  /** The key schema these attributes came from. */
  List<KeySchemaElement> schema() {
    return Stream.concat(
            partition.stream().map(part -> KeySchemaElement.hash(part.name())),
            sort.stream().map(part -> KeySchemaElement.range(part.name())))
        .toList();
  }

  ScalarAttributeType typeOf(String attribute) {
    for (Part part : parts) {
      if (part.name().equals(attribute)) {
        return part.type();
      }
    }
    throw new IllegalArgumentException("not a key attribute: " + attribute);
  }

  AttributeValue partitionOf(Map<String, AttributeValue> item) {
    return composite(partition, item);
  }

  /** The sort value, or null when this key has no sort attribute. */
  AttributeValue sortOf(Map<String, AttributeValue> item) {
    return hasSort() ? composite(sort, item) : null;
  }

  /** The sort value made of these leading values of the sort attributes (a prefix, or all). */
  AttributeValue sortValue(List<AttributeValue> values) {
    return sort.size() == 1 ? values.get(0) : AttributeValue.l(values);
  }

  private static AttributeValue composite(List<Part> parts, Map<String, AttributeValue> item) {
    if (parts.size() == 1) {
      return item.get(parts.get(0).name());
    }
    return AttributeValue.l(parts.stream().map(part -> item.get(part.name())).toList());
  }
}
