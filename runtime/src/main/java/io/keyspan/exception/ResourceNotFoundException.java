package io.keyspan.exception;

/** The table or index named in the request does not exist. */
public final class ResourceNotFoundException extends KeyspanException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String message) {
    super(message);
  }

  /** DynamoDB's error ({@code cause}) with Keyspan's explanation of what was not found. */
  public ResourceNotFoundException(String message, ResourceNotFoundException cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "ResourceNotFoundException";
  }
}
