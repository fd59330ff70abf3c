package io.keyspan.engine.table;

import io.keyspan.value.AttributeValue;

/** The types a key attribute of a table or index may have: S, N or B. */
public enum ScalarAttributeType {
  S,
  N,
  B;

  /** The value type this key type accepts. */
  public AttributeValue.Type valueType() {
    return AttributeValue.Type.valueOf(name());
  }
}
