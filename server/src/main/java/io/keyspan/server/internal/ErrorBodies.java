package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.InternalServerErrorException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.OptimisticLockingException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.ValidationException;
import java.util.Set;

/**
 * DynamoDB's error bodies: {@code {"__type":"<namespace>#<Name>","message":"..."}} with HTTP 400,
 * or 500 for internal errors. The namespace and the capitalisation of the message member follow
 * DynamoDB's API model, since SDKs read them.
 */
final class ErrorBodies {
  private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
  private static final String CORAL_VALIDATE = "com.amazon.coral.validate#";

  /** The exceptions whose model spells the member {@code Message}. */
  private static final Set<String> CAPITAL_MESSAGE =
      Set.of(
          "TransactionCanceledException",
          "IdempotentParameterMismatchException",
          "TransactionInProgressException");

  private ErrorBodies() {}

  static Reply of(WireException error) {
    ObjectNode json = WireResponses.object();
    json.put("__type", error.type());
    if (error.messageMember() != null) {
      json.put(error.messageMember(), error.getMessage());
    }
    return new Reply(error.status(), json);
  }

  static Reply of(KeyspanException error) {
    if (error instanceof OptimisticLockingException locking
        && locking.getCause() instanceof ConditionalCheckFailedException cause) {
      return of(cause);
    }
    ObjectNode json = WireResponses.object();
    if (error instanceof InternalServerErrorException) {
      json.put("__type", DYNAMODB + "InternalServerError");
      json.put("message", error.getMessage());
      return new Reply(500, json);
    }
    String code = error.errorCode();
    json.put("__type", (error instanceof ValidationException ? CORAL_VALIDATE : DYNAMODB) + code);
    json.put(CAPITAL_MESSAGE.contains(code) ? "Message" : "message", error.getMessage());
    if (error instanceof ConditionalCheckFailedException failed) {
      failed.item().ifPresent(item -> json.set("Item", WireValues.item(item)));
    }
    if (error instanceof TransactionCanceledException canceled) {
      ArrayNode reasons = json.putArray("CancellationReasons");
      for (CancellationReason reason : canceled.reasons()) {
        ObjectNode entry = reasons.addObject();
        entry.put("Code", reason.code());
        reason.messageIfAny().ifPresent(message -> entry.put("Message", message));
        reason.itemIfAny().ifPresent(item -> entry.set("Item", WireValues.item(item)));
      }
    }
    return new Reply(400, json);
  }

  /** An unexpected failure: DynamoDB's internal error, never a stack trace. */
  static Reply internal() {
    ObjectNode json = WireResponses.object();
    json.put("__type", DYNAMODB + "InternalServerError");
    json.put("message", "Internal server error");
    return new Reply(500, json);
  }
}
