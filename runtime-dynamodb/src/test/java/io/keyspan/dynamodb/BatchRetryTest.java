package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.WriteRequest;
import io.keyspan.value.AttributeValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse.Builder;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;

/**
 * Developer Guide Programming.Errors "BatchGetItem and BatchWriteItem": unprocessed items are
 * retried with exponential backoff; here against a scripted client.
 */
class BatchRetryTest {
  private static final Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>
      SDK_ITEM =
          Map.of("pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("k"));
  private static final Map<String, AttributeValue> ITEM = Map.of("pk", AttributeValue.s("k"));

  private final List<Long> waits = new ArrayList<>();

  /** Waits the whole bound, without sleeping, and records it. */
  private Backoff recordingBackoff(int maxRetries) {
    return new Backoff(
        Duration.ofMillis(25), Duration.ofMillis(150), maxRetries, bound -> bound, waits::add);
  }

  /** A client whose BatchWriteItem leaves the write unprocessed {@code failures} times. */
  private static final class ScriptedClient implements DynamoDbClient {
    private int failures;
    private int calls;

    ScriptedClient(int failures) {
      this.failures = failures;
    }

    @Override
    public software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse batchWriteItem(
        Consumer<software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest.Builder>
            request) {
      calls++;
      var builder =
          software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse.builder()
              .consumedCapacity(
                  ConsumedCapacity.builder()
                      .tableName("t")
                      .capacityUnits(1.0)
                      .writeCapacityUnits(1.0)
                      .build());
      if (failures-- > 0) {
        builder.unprocessedItems(
            Map.of(
                "t",
                List.of(
                    software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(SDK_ITEM).build())
                        .build())));
      }
      return builder.build();
    }

    @Override
    public software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse batchGetItem(
        Consumer<software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest.Builder>
            request) {
      calls++;
      Builder builder =
          software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse.builder();
      if (failures-- > 0) {
        builder.unprocessedKeys(
            Map.of(
                "t",
                software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
                    .keys(List.of(SDK_ITEM))
                    .build()));
      } else {
        builder.responses(Map.of("t", List.of(SDK_ITEM)));
      }
      return builder.build();
    }

    @Override
    public String serviceName() {
      return "dynamodb";
    }

    @Override
    public void close() {}
  }

  private static BatchWriteItemRequest oneWrite() {
    return new BatchWriteItemRequest(
        Map.of("t", List.of(new WriteRequest.Put(ITEM))), ReturnConsumedCapacity.TOTAL);
  }

  @Test
  void unprocessedWrites_areResentWithGrowingCappedWaits() {
    ScriptedClient client = new ScriptedClient(4);
    DynamoDbEngine engine = new DynamoDbEngine(client, false, recordingBackoff(8));

    BatchWriteItemResponse response = engine.batchWriteItem(oneWrite());

    assertThat(response.unprocessedItems()).isEmpty();
    assertThat(client.calls).isEqualTo(5);
    assertThat(waits).containsExactly(25L, 50L, 100L, 150L).inOrder();
    // The capacity of every attempt, summed per table.
    assertThat(response.consumedCapacity()).hasSize(1);
    assertThat(response.consumedCapacity().get(0).capacityUnits()).isEqualTo(5.0);
  }

  @Test
  void writesStillUnprocessedAfterTheLastRetry_areReturned() {
    ScriptedClient client = new ScriptedClient(100);
    DynamoDbEngine engine = new DynamoDbEngine(client, false, recordingBackoff(3));

    BatchWriteItemResponse response = engine.batchWriteItem(oneWrite());

    assertThat(client.calls).isEqualTo(4);
    assertThat(response.unprocessedItems())
        .containsExactly("t", List.of(new WriteRequest.Put(ITEM)));
  }

  @Test
  void unprocessedKeys_areResentAndTheItemsCollected() {
    ScriptedClient client = new ScriptedClient(2);
    DynamoDbEngine engine = new DynamoDbEngine(client, false, recordingBackoff(8));

    BatchGetItemResponse response =
        engine.batchGetItem(
            new BatchGetItemRequest(
                Map.of("t", KeysAndAttributes.of(List.of(ITEM))), ReturnConsumedCapacity.NONE));

    assertThat(client.calls).isEqualTo(3);
    assertThat(response.responses()).containsExactly("t", List.of(ITEM));
    assertThat(response.unprocessedKeys()).isEmpty();
  }

  // Full jitter: each wait is drawn from [0, min(cap, base * 2^n)].
  @Test
  void standardBackoff_drawsWaitsWithinTheExponentialBound() {
    Backoff standard = Backoff.standard();
    List<Long> drawn = new ArrayList<>();
    Backoff observed =
        new Backoff(
            standard.base(), standard.cap(), standard.maxRetries(), standard.jitter(), drawn::add);

    for (int retry = 0; retry < 8; retry++) {
      observed.pause(retry);
    }

    for (int retry = 0; retry < 8; retry++) {
      assertThat(drawn.get(retry))
          .isIn(com.google.common.collect.Range.closed(0L, Math.min(2000L, 25L << retry)));
    }
  }
}
