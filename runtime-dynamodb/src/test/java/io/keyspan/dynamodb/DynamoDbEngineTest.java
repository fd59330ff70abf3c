package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.PutItemRequest;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

class DynamoDbEngineTest {

  /** A client that is always throttled, as the SDK reports it once its own retries are spent. */
  private static final class ThrottledClient implements DynamoDbClient {
    boolean closed;

    @Override
    public PutItemResponse putItem(
        software.amazon.awssdk.services.dynamodb.model.PutItemRequest request) {
      throw software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException
          .builder()
          .awsErrorDetails(
              AwsErrorDetails.builder()
                  .errorCode("ProvisionedThroughputExceededException")
                  .errorMessage(
                      "The level of configured provisioned throughput for the table was exceeded.")
                  .build())
          .statusCode(400)
          .build();
    }

    @Override
    public String serviceName() {
      return "dynamodb";
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  // Developer Guide Programming.Errors: throttling that outlasts the retries reaches the caller.
  @Test
  void throttling_surfacesAsKeyspansThroughputException() {
    DynamoDbEngine engine = DynamoDbEngine.using(new ThrottledClient());

    ProvisionedThroughputExceededException error =
        assertThrows(
            ProvisionedThroughputExceededException.class,
            () ->
                engine.putItem(
                    PutItemRequest.builder("t", Map.of("pk", AttributeValue.s("k"))).build()));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo("The level of configured provisioned throughput for the table was exceeded.");
    assertThat(error.isRetryable()).isTrue();
  }

  @Test
  void engineOverAClientYouOwn_leavesItOpen() {
    ThrottledClient client = new ThrottledClient();

    DynamoDbEngine.using(client).close();

    assertThat(client.closed).isFalse();
  }

  @Test
  void engineThatOpenedItsClient_closesIt() {
    ThrottledClient client = new ThrottledClient();

    new DynamoDbEngine(client, true, Backoff.standard()).close();

    assertThat(client.closed).isTrue();
  }
}
