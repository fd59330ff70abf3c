package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.InternalServerErrorException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class ErrorsTest {

  private static AwsErrorDetails details(String code, String message) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage(message).build();
  }

  // Developer Guide Programming.Errors: the SDK takes the code from the part after '#'; the message
  // is kept as sent.
  @Test
  void validationError_keepsDynamoDbsMessage() {
    DynamoDbException error =
        (DynamoDbException)
            DynamoDbException.builder()
                .awsErrorDetails(
                    details(
                        "ValidationException",
                        "The provided key element does not match the schema"))
                .statusCode(400)
                .message("ignored: the SDK's decorated text")
                .build();

    KeyspanException translated = Errors.translate(error);

    assertThat(translated).isInstanceOf(ValidationException.class);
    assertThat(translated)
        .hasMessageThat()
        .isEqualTo("The provided key element does not match the schema");
  }

  // API ReturnValuesOnConditionCheckFailure: the failed condition's item is carried over.
  @Test
  void conditionalCheckFailed_carriesTheItem() {
    var error =
        software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.builder()
            .awsErrorDetails(
                details("ConditionalCheckFailedException", "The conditional request failed"))
            .item(
                Map.of(
                    "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("k")))
            .statusCode(400)
            .build();

    KeyspanException translated = Errors.translate(error);

    assertThat(translated).isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(((ConditionalCheckFailedException) translated).item())
        .hasValue(Map.of("pk", AttributeValue.s("k")));
  }

  // API TransactionCanceledException: reasons in order, with code, message and item.
  @Test
  void transactionCanceled_carriesEveryReason() {
    var error =
        software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException.builder()
            .awsErrorDetails(
                details(
                    "TransactionCanceledException",
                    "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]"))
            .cancellationReasons(
                software.amazon.awssdk.services.dynamodb.model.CancellationReason.builder()
                    .code("None")
                    .build(),
                software.amazon.awssdk.services.dynamodb.model.CancellationReason.builder()
                    .code("ConditionalCheckFailed")
                    .message("The conditional request failed")
                    .item(
                        Map.of(
                            "v",
                            software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
                                "1")))
                    .build())
            .statusCode(400)
            .build();

    TransactionCanceledException translated =
        (TransactionCanceledException) Errors.translate(error);

    assertThat(translated.reasons())
        .containsExactly(
            CancellationReason.NONE,
            new CancellationReason(
                "ConditionalCheckFailed",
                "The conditional request failed",
                Map.of("v", AttributeValue.n(1))))
        .inOrder();
    assertThat(translated).hasMessageThat().endsWith("[None, ConditionalCheckFailed]");
  }

  // Throttling that outlasted the SDK's retries is Keyspan's throughput exception.
  @Test
  void throttling_isProvisionedThroughputExceeded() {
    for (String code :
        new String[] {
          "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"
        }) {
      DynamoDbException error =
          (DynamoDbException)
              DynamoDbException.builder()
                  .awsErrorDetails(details(code, "Rate exceeded"))
                  .statusCode(400)
                  .build();

      assertThat(Errors.translate(error))
          .isInstanceOf(ProvisionedThroughputExceededException.class);
    }
  }

  @Test
  void resourceNotFound_isTranslated() {
    DynamoDbException error =
        (DynamoDbException)
            DynamoDbException.builder()
                .awsErrorDetails(
                    details("ResourceNotFoundException", "Requested resource not found"))
                .statusCode(400)
                .build();

    assertThat(Errors.translate(error)).isInstanceOf(ResourceNotFoundException.class);
  }

  // An error Keyspan has no type for keeps its code in the message.
  @Test
  void unknownClientError_isValidationErrorNamingTheCode() {
    DynamoDbException error =
        (DynamoDbException)
            DynamoDbException.builder()
                .awsErrorDetails(details("UnknownOperationException", null))
                .statusCode(400)
                .build();

    KeyspanException translated = Errors.translate(error);

    assertThat(translated).isInstanceOf(ValidationException.class);
    assertThat(translated).hasMessageThat().isEqualTo("UnknownOperationException");
  }

  @Test
  void serverError_isInternalServerError() {
    DynamoDbException error =
        (DynamoDbException)
            DynamoDbException.builder()
                .awsErrorDetails(details("InternalFailure", "boom"))
                .statusCode(500)
                .build();

    KeyspanException translated = Errors.translate(error);

    assertThat(translated).isInstanceOf(InternalServerErrorException.class);
    assertThat(translated).hasMessageThat().isEqualTo("InternalFailure: boom");
  }
}
