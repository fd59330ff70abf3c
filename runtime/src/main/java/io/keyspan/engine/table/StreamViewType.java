package io.keyspan.engine.table;

/**
 * What a table's stream records carry of the changed item
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html).
 */
public enum StreamViewType {
  /** Only the key attributes. */
  KEYS_ONLY,
  /** The item as it is after the change. */
  NEW_IMAGE,
  /** The item as it was before the change. */
  OLD_IMAGE,
  /** Both. */
  NEW_AND_OLD_IMAGES;

  /** Whether records carry the item as it was before the change. */
  public boolean hasOldImage() {
    return this == OLD_IMAGE || this == NEW_AND_OLD_IMAGES;
  }

  /** Whether records carry the item as it is after the change. */
  public boolean hasNewImage() {
    return this == NEW_IMAGE || this == NEW_AND_OLD_IMAGES;
  }
}
