package io.keyspan.schema;

import io.keyspan.exception.ClientSideException;

/**
 * A value could not be converted between Java and DynamoDB: a stored attribute has a type the Java
 * property cannot hold, or a Java value has no DynamoDB form (a NaN double, an instant past year
 * 9999). The message names the item's key (when reading), the attribute and both types: {@code
 * Music{Artist=Acme Band, SongTitle=Happy Day}: attribute Awards: the number 1.5 does not fit in an
 * int}.
 */
public final class MappingException extends ClientSideException {
  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "MappingException";
  }
}
