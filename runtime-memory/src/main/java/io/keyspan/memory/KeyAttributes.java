package io.keyspan.memory;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The key attributes of a table or index with their types: a partition key and an optional sort key
 * (null name and type when absent).
 */
record KeyAttributes(
    String partitionName,
    ScalarAttributeType partitionType,
    String sortName,
    ScalarAttributeType sortType) {

  /** The key of a validated schema; every attribute is defined (checked by TableValidator). */
  static KeyAttributes of(List<KeySchemaElement> schema, List<AttributeDefinition> definitions) {
    String partition = null;
    String sort = null;
    for (KeySchemaElement element : schema) {
      if (element.keyType() == KeyType.HASH) {
        partition = element.attributeName();
      } else {
        sort = element.attributeName();
      }
    }
    return new KeyAttributes(
        partition,
        typeOf(partition, definitions),
        sort,
        sort == null ? null : typeOf(sort, definitions));
  }

  private static ScalarAttributeType typeOf(String name, List<AttributeDefinition> definitions) {
    return definitions.stream()
        .filter(definition -> definition.attributeName().equals(name))
        .map(AttributeDefinition::attributeType)
        .findFirst()
        .orElseThrow();
  }

  boolean hasSort() {
    return sortName != null;
  }

  boolean contains(String attribute) {
    return attribute.equals(partitionName) || attribute.equals(sortName);
  }

  List<String> names() {
    return hasSort() ? List.of(partitionName, sortName) : List.of(partitionName);
  }

  AttributeValue partitionOf(Map<String, AttributeValue> item) {
    return item.get(partitionName);
  }

  /** The sort value, or null when this key has no sort key. */
  AttributeValue sortOf(Map<String, AttributeValue> item) {
    return hasSort() ? item.get(sortName) : null;
  }
}
