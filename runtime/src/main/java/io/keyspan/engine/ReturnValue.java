package io.keyspan.engine;

/**
 * What a write returns of the item: nothing, the whole item before or after, or the touched
 * attributes.
 */
public enum ReturnValue {
  NONE,
  ALL_OLD,
  UPDATED_OLD,
  ALL_NEW,
  UPDATED_NEW
}
