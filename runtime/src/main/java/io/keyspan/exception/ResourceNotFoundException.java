package io.keyspan.exception;

/** The table or index named in the request does not exist. */
public final class ResourceNotFoundException extends KeyspanException {
  public ResourceNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ResourceNotFoundException";
  }
}
