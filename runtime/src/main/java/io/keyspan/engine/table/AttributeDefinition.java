package io.keyspan.engine.table;

/** Declares the type of an attribute used in the key schema of the table or of an index. */
public record AttributeDefinition(String attributeName, ScalarAttributeType attributeType) {
  public AttributeDefinition {
    if (attributeName == null || attributeType == null) {
      throw new NullPointerException("attribute name and type");
    }
  }
}
