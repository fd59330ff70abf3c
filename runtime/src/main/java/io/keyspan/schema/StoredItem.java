package io.keyspan.schema;

/**
 * An item read from a single table: a member type's object, or an {@link UnknownItem}. Sealed, so a
 * {@code switch} or {@code instanceof} chain over it is checked for both cases.
 *
 * @param <T> the table's sealed root type
 */
public sealed interface StoredItem<T> {

  /** An item of a member type. */
  record Typed<T>(T item) implements StoredItem<T> {
    public Typed {
      java.util.Objects.requireNonNull(item, "item");
    }
  }

  /** An item no member type reads. */
  record Unknown<T>(UnknownItem item) implements StoredItem<T> {
    public Unknown {
      java.util.Objects.requireNonNull(item, "item");
    }
  }
}
