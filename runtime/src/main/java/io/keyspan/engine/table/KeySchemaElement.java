package io.keyspan.engine.table;

/** One attribute of a key schema and its role. */
public record KeySchemaElement(String attributeName, KeyType keyType) {
  public KeySchemaElement {
    if (attributeName == null || keyType == null) {
      throw new NullPointerException("attribute name and key type");
    }
  }

  public static KeySchemaElement hash(String attributeName) {
    return new KeySchemaElement(attributeName, KeyType.HASH);
  }

  public static KeySchemaElement range(String attributeName) {
    return new KeySchemaElement(attributeName, KeyType.RANGE);
  }
}
