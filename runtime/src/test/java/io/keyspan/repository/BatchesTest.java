package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.WriteRequest;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Developer Guide: BatchOperations — retry UnprocessedItems/UnprocessedKeys with exponential
 * backoff.
 */
class BatchesTest {
  private static Map<String, AttributeValue> key(int i) {
    return Map.of("Id", AttributeValue.n(i));
  }

  @Test
  void write_splitsIntoRequestsOf25_andResendsUnprocessedItems() {
    List<Map<String, AttributeValue>> items =
        IntStream.range(0, 30).mapToObj(BatchesTest::key).toList();
    WriteRequest leftOver = new WriteRequest.Put(key(3));
    ScriptedEngine scripted =
        new ScriptedEngine()
            .answer(new BatchWriteItemResponse(Map.of("T", List.of(leftOver)), List.of()))
            .answer(new BatchWriteItemResponse(Map.of(), List.of()))
            .answer(new BatchWriteItemResponse(Map.of(), List.of()));
    new Batches(scripted.engine).put("T", items);
    assertThat(scripted.requests).hasSize(3);
    assertThat(((BatchWriteItemRequest) scripted.requests.get(0)).requestItems().get("T"))
        .hasSize(25);
    assertThat(((BatchWriteItemRequest) scripted.requests.get(1)).requestItems().get("T"))
        .containsExactly(leftOver);
    assertThat(((BatchWriteItemRequest) scripted.requests.get(2)).requestItems().get("T"))
        .hasSize(5);
  }

  @Test
  void writeStillUnprocessedAfterEveryAttempt_isThrottlingTheCallerMayRetry() {
    WriteRequest leftOver = new WriteRequest.Put(key(1));
    ScriptedEngine scripted = new ScriptedEngine();
    for (int attempt = 0; attempt < Batches.MAX_ATTEMPTS; attempt++) {
      scripted.answer(new BatchWriteItemResponse(Map.of("T", List.of(leftOver)), List.of()));
    }
    ProvisionedThroughputExceededException e =
        assertThrows(
            ProvisionedThroughputExceededException.class,
            () -> new Batches(scripted.engine).put("T", List.of(key(1))));
    assertThat(e)
        .hasMessageThat()
        .startsWith("The batch on T still had unprocessed items after 10 attempts");
    assertThat(e.isRetryable()).isTrue();
    assertThat(scripted.requests).hasSize(Batches.MAX_ATTEMPTS);
  }

  @Test
  void get_resendsUnprocessedKeys_andCollectsEveryItem() {
    ScriptedEngine scripted =
        new ScriptedEngine()
            .answer(
                new BatchGetItemResponse(
                    Map.of("T", List.of(key(1))),
                    Map.of("T", KeysAndAttributes.of(List.of(key(2)))),
                    List.of()))
            .answer(new BatchGetItemResponse(Map.of("T", List.of(key(2))), Map.of(), List.of()));
    List<Map<String, AttributeValue>> items =
        new Batches(scripted.engine).get("T", List.of(key(1), key(2)));
    assertThat(items).containsExactly(key(1), key(2));
    assertThat(((BatchGetItemRequest) scripted.requests.get(1)).requestItems().get("T").keys())
        .containsExactly(key(2));
  }

  @Test
  void delete_sendsDeletesByKey() {
    ScriptedEngine scripted =
        new ScriptedEngine().answer(new BatchWriteItemResponse(Map.of(), List.of()));
    new Batches(scripted.engine).delete("T", List.of(key(1)));
    assertThat(((BatchWriteItemRequest) scripted.requests.get(0)).requestItems().get("T"))
        .containsExactly(new WriteRequest.Delete(key(1)));
  }
}
