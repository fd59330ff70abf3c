package io.keyspan.repository;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.Engine;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.WriteRequest;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits batches into DynamoDB's request sizes (100 keys to read, 25 writes) and sends again what
 * the engine left unprocessed, after an exponential backoff, as AWS advises for BatchGetItem and
 * BatchWriteItem.
 */
final class Batches {
  static final int MAX_GET = 100;
  static final int MAX_WRITE = 25;
  static final int MAX_ATTEMPTS = 10;
  private static final long FIRST_DELAY_MILLIS = 10;
  private static final long MAX_DELAY_MILLIS = 2_000;

  private final Engine engine;

  Batches(Engine engine) {
    this.engine = engine;
  }

  List<Map<String, AttributeValue>> get(String table, List<Map<String, AttributeValue>> keys) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += MAX_GET) {
      List<Map<String, AttributeValue>> pending =
          keys.subList(from, Math.min(keys.size(), from + MAX_GET));
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        backoff(attempt, table);
        BatchGetItemResponse response =
            engine.batchGetItem(
                new BatchGetItemRequest(Map.of(table, KeysAndAttributes.of(pending)), null));
        items.addAll(response.responses().getOrDefault(table, List.of()));
        KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
        pending = unprocessed == null ? List.of() : unprocessed.keys();
      }
    }
    return items;
  }

  void put(String table, List<Map<String, AttributeValue>> items) {
    write(table, items.stream().<WriteRequest>map(WriteRequest.Put::new).toList());
  }

  void delete(String table, List<Map<String, AttributeValue>> keys) {
    write(table, keys.stream().<WriteRequest>map(WriteRequest.Delete::new).toList());
  }

  private void write(String table, List<WriteRequest> writes) {
    for (int from = 0; from < writes.size(); from += MAX_WRITE) {
      List<WriteRequest> pending = writes.subList(from, Math.min(writes.size(), from + MAX_WRITE));
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        backoff(attempt, table);
        BatchWriteItemResponse response =
            engine.batchWriteItem(new BatchWriteItemRequest(Map.of(table, pending), null));
        pending = response.unprocessedItems().getOrDefault(table, List.of());
      }
    }
  }

  /** Waits before every attempt after the first: 10 ms, 20 ms, 40 ms, ... up to 2 s. */
  private static void backoff(int attempt, String table) {
    if (attempt == 1) {
      return;
    }
    if (attempt > MAX_ATTEMPTS) {
      throw new ProvisionedThroughputExceededException(
          "The batch on "
              + table
              + " still had unprocessed items after "
              + MAX_ATTEMPTS
              + " attempts; the table's capacity is exhausted. Retry later or raise its capacity.");
    }
    long delay = Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << (attempt - 2));
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a batch on " + table, e);
    }
  }
}
