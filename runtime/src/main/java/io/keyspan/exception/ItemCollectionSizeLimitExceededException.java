package io.keyspan.exception;

/** An item collection of a table with local secondary indexes would exceed 10 GB. */
public final class ItemCollectionSizeLimitExceededException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ItemCollectionSizeLimitExceededException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ItemCollectionSizeLimitExceededException";
  }
}
