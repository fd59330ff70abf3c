package io.keyspan.repository;

/**
 * What a collection query does with items no member type reads ({@link
 * io.keyspan.schema.UnknownItem}).
 */
public enum UnknownItems {
  /** Returned apart from the typed items, in {@link CollectionPage#unknownItems()}: the default. */
  KEEP,
  /** Left out. */
  SKIP,
  /** A {@link io.keyspan.schema.MappingException} naming the item's key and the type found. */
  FAIL
}
