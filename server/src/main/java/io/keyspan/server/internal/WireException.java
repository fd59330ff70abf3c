package io.keyspan.server.internal;

/**
 * An error that DynamoDB's front end (Coral) raises before any operation runs: a body that is not
 * the expected JSON, an unknown operation, a bad signature. It carries the exact wire shape: {@code
 * __type}, the name of the message member (or none) and the HTTP status.
 */
final class WireException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final String CORAL_SERVICE = "com.amazon.coral.service#";

  private final String type;
  private final String messageMember;
  private final int status;

  private WireException(String type, String messageMember, String message, int status) {
    super(message);
    this.type = type;
    this.messageMember = messageMember;
    this.status = status;
  }

  /** A JSON value of the wrong type; Coral names its member {@code Message}. */
  static WireException serialization(String message) {
    return new WireException(CORAL_SERVICE + "SerializationException", "Message", message, 400);
  }

  /** A body that is not JSON at all: DynamoDB answers with a bare type and no message. */
  static WireException malformedBody() {
    return new WireException(CORAL_SERVICE + "SerializationException", null, null, 400);
  }

  /** An X-Amz-Target that names no DynamoDB operation. */
  static WireException unknownOperation() {
    return new WireException(CORAL_SERVICE + "UnknownOperationException", null, null, 400);
  }

  static WireException missingAuthenticationToken() {
    return new WireException(
        CORAL_SERVICE + "MissingAuthenticationTokenException",
        "message",
        "Request is missing Authentication Token",
        400);
  }

  static WireException incompleteSignature(String message) {
    return new WireException(
        CORAL_SERVICE + "IncompleteSignatureException", "message", message, 400);
  }

  static WireException invalidSignature(String message) {
    return new WireException(CORAL_SERVICE + "InvalidSignatureException", "message", message, 400);
  }

  static WireException unrecognizedClient() {
    return new WireException(
        CORAL_SERVICE + "UnrecognizedClientException",
        "message",
        "The security token included in the request is invalid.",
        400);
  }

  /** The full {@code __type}, namespace included. */
  String type() {
    return type;
  }

  /** {@code message}, {@code Message}, or null when the error body has no message. */
  String messageMember() {
    return messageMember;
  }

  int status() {
    return status;
  }
}
