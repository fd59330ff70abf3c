package io.keyspan.processor.model;

/**
 * How a mapped Java type is stored, which decides its typed attribute and whether it can be a key.
 */
public enum ValueKind {
  STRING("S"),
  NUMBER("N"),
  BINARY("B"),
  BOOLEAN("BOOL"),
  LIST("L"),
  MAP("M"),
  SET("SS, NS or BS"),
  /** Stored by a user converter: the stored type is known only at run time. */
  CONVERTED("the converter's type");

  private final String storedAs;

  ValueKind(String storedAs) {
    this.storedAs = storedAs;
  }

  public String storedAs() {
    return storedAs;
  }

  /** Whether values of this kind can be a table or index key: S, N or B. */
  public boolean isKeyType() {
    return this == STRING || this == NUMBER || this == BINARY;
  }
}
