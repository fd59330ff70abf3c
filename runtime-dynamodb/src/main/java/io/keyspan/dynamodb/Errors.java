package io.keyspan.dynamodb;

import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.IdempotentParameterMismatchException;
import io.keyspan.exception.InternalServerErrorException;
import io.keyspan.exception.ItemCollectionSizeLimitExceededException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.LimitExceededException;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.exception.ResourceInUseException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.TransactionConflictException;
import io.keyspan.exception.TransactionInProgressException;
import io.keyspan.exception.TransportException;
import io.keyspan.exception.ValidationException;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Translates the service's errors into Keyspan's hierarchy, keeping everything DynamoDB sent: the
 * message, the item of a failed condition, the reasons of a cancelled transaction.
 */
final class Errors {
  private Errors() {}

  static KeyspanException translate(DynamoDbException error) {
    AwsErrorDetails details = error.awsErrorDetails();
    String code = details == null || details.errorCode() == null ? "" : details.errorCode();
    // A service error without a message (an emulator's UnknownOperationException) keeps its code.
    String message =
        details == null || details.errorMessage() == null ? code : details.errorMessage();
    if (error
        instanceof
        software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException failed) {
      return new ConditionalCheckFailedException(
          message, failed.hasItem() ? AttributeValues.fromSdk(failed.item()) : null);
    }
    if (error
        instanceof
        software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException canceled) {
      List<CancellationReason> reasons =
          canceled.hasCancellationReasons()
              ? canceled.cancellationReasons().stream().map(Errors::reason).toList()
              : List.of();
      return new TransactionCanceledException(message, reasons);
    }
    switch (code) {
      case "ValidationException":
        return new ValidationException(message);
      case "ResourceNotFoundException":
        return new ResourceNotFoundException(message);
      case "ResourceInUseException":
        return new ResourceInUseException(message);
      case "ProvisionedThroughputExceededException":
      case "RequestLimitExceeded":
      case "ThrottlingException":
        // The SDK has already retried these with backoff; what is left is throttling.
        return new ProvisionedThroughputExceededException(message);
      case "ItemCollectionSizeLimitExceededException":
        return new ItemCollectionSizeLimitExceededException(message);
      case "IdempotentParameterMismatchException":
        return new IdempotentParameterMismatchException(message);
      case "TransactionInProgressException":
        return new TransactionInProgressException(message);
      case "TransactionConflictException":
        return new TransactionConflictException(message);
      case "LimitExceededException":
        return new LimitExceededException(message);
      default:
        return unknown(code, message, error.statusCode());
    }
  }

  /**
   * An error Keyspan has no type for (an emulator's UnknownOperationException, a
   * SerializationException, a new service error): the client's fault for a 4xx, the server's for a
   * 5xx, with the service's code kept in the message.
   */
  private static KeyspanException unknown(String code, String message, int status) {
    String text = code.isEmpty() || message.equals(code) ? message : code + ": " + message;
    if (status >= 500
        || code.equals("InternalServerError")
        || code.equals("InternalServerErrorException")) {
      return new InternalServerErrorException(
          code.startsWith("InternalServerError") ? message : text);
    }
    return new ValidationException(text);
  }

  /**
   * A request the SDK could not send or whose answer it could not read (connection refused, time
   * out, unknown host, no credentials), with the endpoint named: {@code Could not reach
   * http://127.0.0.1:8000: Unable to execute HTTP request: Connection refused}.
   */
  static TransportException transport(SdkClientException error, String endpoint) {
    return new TransportException(
        "Could not reach " + endpoint + ": " + error.getMessage(), error, error.retryable());
  }

  private static CancellationReason reason(
      software.amazon.awssdk.services.dynamodb.model.CancellationReason reason) {
    return new CancellationReason(
        reason.code() == null ? "None" : reason.code(),
        reason.message(),
        reason.hasItem() ? AttributeValues.fromSdk(reason.item()) : null);
  }
}
