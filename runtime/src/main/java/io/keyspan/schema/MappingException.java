package io.keyspan.schema;

/**
 * A value could not be converted between Java and DynamoDB: a stored attribute has a type the
 * Java property cannot hold, or a Java value has no DynamoDB form (a NaN double, an instant past
 * year 9999). The message names the attribute and both types.
 */
public final class MappingException extends RuntimeException {
  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
