package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The AWS SDK's own retry policy against injected faults: the in-process clients see DynamoDB's
 * error bytes, so the SDK retries what it retries in production, and the fault record shows it.
 */
@KeyspanTest(tables = User.class)
class SdkRetryTest {
  private DynamoDbClient dynamo;
  private Faults faults;

  private static Map<String, AttributeValue> user(String id) {
    return Map.of("UserID", AttributeValue.fromS(id), "Name", AttributeValue.fromS("Ann"));
  }

  @Test
  void theDefaultRetryPolicy_retriesThrottling_andSucceeds() {
    faults.on(Operation.PUT_ITEM).times(2).throttling();

    var response = dynamo.putItem(b -> b.tableName("Users").item(user("u1")));

    assertThat(response.sdkHttpResponse().isSuccessful()).isTrue();
    assertThat(faults.calls(Operation.PUT_ITEM)).isEqualTo(3);
    assertThat(faults.injections(Operation.PUT_ITEM)).hasSize(2);
  }

  @Test
  void theAsyncClient_retriesProvisionedThroughputExceededAndInternalErrors(Keyspan keyspan) {
    faults.on(Operation.GET_ITEM).times(1).throttle();
    faults.on(Operation.GET_ITEM).times(1).internalServerError();
    dynamo.putItem(b -> b.tableName("Users").item(user("u1")));

    try (DynamoDbAsyncClient async = KeyspanLocal.dynamoDbAsyncClient(keyspan)) {
      var item =
          async
              .getItem(b -> b.tableName("Users").key(Map.of("UserID", AttributeValue.fromS("u1"))))
              .join()
              .item();
      assertThat(item).isEqualTo(user("u1"));
    }
    assertThat(faults.calls(Operation.GET_ITEM)).isEqualTo(3);
    assertThat(faults.injections().stream().map(i -> i.fault().getClass().getSimpleName()).toList())
        .containsExactly("ProvisionedThroughputExceeded", "InternalServerError")
        .inOrder();
  }

  @Test
  void whenThrottlingPersists_theSdkGivesUpAfterItsMaxAttempts(Keyspan keyspan) {
    faults.on(Operation.PUT_ITEM).throttling();
    try (DynamoDbClient noWait =
        KeyspanLocal.dynamoDbClientBuilder(keyspan)
            .overrideConfiguration(
                o ->
                    o.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(4)
                            .backoffStrategy(BackoffStrategy.retryImmediately())
                            .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                            .build()))
            .build()) {
      ThrottlingException throttled =
          assertThrows(
              ThrottlingException.class,
              () -> noWait.putItem(b -> b.tableName("Users").item(user("u1"))));
      assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
      assertThat(throttled.numAttempts()).isEqualTo(4);
    }
    assertThat(faults.calls(Operation.PUT_ITEM)).isEqualTo(4);
  }

  @Test
  void aTransactionConflict_reachesTheSdkAsACancellationReason_withoutRetry() {
    faults
        .on(Operation.TRANSACT_WRITE_ITEMS)
        .touching("Users", Map.of("UserID", io.keyspan.value.AttributeValue.s("u2")))
        .transactionConflict();

    TransactionCanceledException canceled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                dynamo.transactWriteItems(
                    b ->
                        b.transactItems(
                            TransactWriteItem.builder()
                                .put(Put.builder().tableName("Users").item(user("u1")).build())
                                .build(),
                            TransactWriteItem.builder()
                                .put(Put.builder().tableName("Users").item(user("u2")).build())
                                .build())));

    assertThat(canceled.cancellationReasons().stream().map(r -> r.code()).toList())
        .containsExactly("None", "TransactionConflict")
        .inOrder();
    assertThat(faults.calls(Operation.TRANSACT_WRITE_ITEMS)).isEqualTo(1);
  }

  @Test
  void unprocessedItems_reachTheSdkCaller_whoMustSendThemAgain() {
    faults
        .on(Operation.BATCH_WRITE_ITEM)
        .touching("Users", Map.of("UserID", io.keyspan.value.AttributeValue.s("u2")))
        .times(1)
        .leaveUnprocessed();

    BatchWriteItemResponse response =
        dynamo.batchWriteItem(
            b ->
                b.requestItems(
                    Map.of(
                        "Users",
                        java.util.List.of(
                            WriteRequest.builder()
                                .putRequest(PutRequest.builder().item(user("u1")).build())
                                .build(),
                            WriteRequest.builder()
                                .putRequest(PutRequest.builder().item(user("u2")).build())
                                .build()))));

    assertThat(response.unprocessedItems().get("Users")).hasSize(1);
    assertThat(response.unprocessedItems().get("Users").get(0).putRequest().item())
        .isEqualTo(user("u2"));
    assertThat(dynamo.scan(b -> b.tableName("Users")).count()).isEqualTo(1);
    assertThat(
            dynamo
                .batchWriteItem(b -> b.requestItems(response.unprocessedItems()))
                .unprocessedItems())
        .isEmpty();
    assertThat(dynamo.scan(b -> b.tableName("Users")).count()).isEqualTo(2);
  }
}
