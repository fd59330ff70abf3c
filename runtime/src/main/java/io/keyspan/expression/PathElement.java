package io.keyspan.expression;

/** One step of a {@link Path}: a map key (attribute name) or a list index. */
public sealed interface PathElement permits PathElement.Attribute, PathElement.Index {

  /** Dispatches to the visitor's method for this step's kind. */
  <R> R accept(Visitor<R> visitor);

  /** The attribute name or map key of this step; null for a list index. */
  String attributeName();

  /** One method per kind of path step. */
  interface Visitor<R> {
    R attribute(Attribute node);

    R index(Index node);
  }

  /** An attribute name, or a key of a map. Any non-empty string. */
  record Attribute(String name) implements PathElement {
    public Attribute {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("an attribute name is not empty");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.attribute(this);
    }

    @Override
    public String attributeName() {
      return name;
    }
  }

  /** A zero-based list index. */
  record Index(int index) implements PathElement {
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("a list index is not negative: " + index);
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.index(this);
    }

    @Override
    public String attributeName() {
      return null;
    }
  }
}
