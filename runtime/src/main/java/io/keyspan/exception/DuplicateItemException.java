package io.keyspan.exception;

/**
 * A PartiQL INSERT found an item with the same primary key
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html).
 */
public final class DuplicateItemException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public DuplicateItemException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "DuplicateItemException";
  }
}
