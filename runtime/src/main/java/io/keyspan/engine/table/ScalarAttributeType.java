package io.keyspan.engine.table;

import io.keyspan.value.AttributeValue;

/** The types a key attribute of a table or index may have: S, N or B. */
public enum ScalarAttributeType {
  S,
  N,
  B;

  /** The value type this key type accepts. */
  public AttributeValue.Type valueType() {
    // A switch, not a lookup by name: every key checked by an engine asks for this.
    return switch (this) {
      case S -> AttributeValue.Type.S;
      case N -> AttributeValue.Type.N;
      case B -> AttributeValue.Type.B;
    };
  }
}
