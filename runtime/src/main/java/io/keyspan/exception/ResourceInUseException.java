package io.keyspan.exception;

/** The table is being created, updated or deleted, or already exists. */
public final class ResourceInUseException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ResourceInUseException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ResourceInUseException";
  }
}
