package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.update;
import static io.keyspan.memory.Fixtures.withHashTable;
import static io.keyspan.memory.Fixtures.withSortedTable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.IdempotentParameterMismatchException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BatchGetItem, BatchWriteItem, TransactWriteItems, TransactGetItems: Developer Guide
 * WorkingWithItems, transaction-apis.
 */
class BatchAndTransactionTest {
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Fixtures.START);
  private final MemoryEngine engine = withSortedTable(withHashTable(Fixtures.engine(clock)));

  // ------------------------------------------------------------------ BatchGetItem

  @Test
  void batchGet_returnsFoundItems_missingOnesAbsent() {
    put(engine, "Hashed", item("p", "a", "v", 1));
    put(engine, "Sorted", item("p", "a", "s", 1));
    BatchGetItemResponse response =
        engine.batchGetItem(
            new BatchGetItemRequest(
                Map.of(
                    "Hashed", KeysAndAttributes.of(List.of(item("p", "a"), item("p", "zz"))),
                    "Sorted", KeysAndAttributes.of(List.of(item("p", "a", "s", 1)))),
                null));
    assertThat(response.responses().get("Hashed")).containsExactly(item("p", "a", "v", 1));
    assertThat(response.responses().get("Sorted")).containsExactly(item("p", "a", "s", 1));
    assertThat(response.unprocessedKeys()).isEmpty();
  }

  @Test
  void batchGet_over100Keys_isRejected() {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      keys.add(item("p", "k" + i));
    }
    assertBatchGetError(keys, "Too many items requested for the BatchGetItem call");
  }

  private BatchGetItemResponse batchGet(List<Map<String, AttributeValue>> keys) {
    return engine.batchGetItem(
        new BatchGetItemRequest(Map.of("Hashed", KeysAndAttributes.of(keys)), null));
  }

  @Test
  void batchGet_exactly100Keys_isAccepted() {
    // API BatchGetItem: "up to 100 items"
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html).
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      put(engine, "Hashed", item("p", "k" + i));
      keys.add(item("p", "k" + i));
    }
    BatchGetItemResponse response = batchGet(keys);
    assertThat(response.responses().get("Hashed")).hasSize(100);
    assertThat(response.unprocessedKeys()).isEmpty();
  }

  @Test
  void batchGet_duplicateKeys_areRejected() {
    assertBatchGetError(
        List.of(item("p", "a"), item("p", "a")), "Provided list of item keys contains duplicates");
  }

  private void assertBatchGetError(List<Map<String, AttributeValue>> keys, String message) {
    ValidationException error = assertThrows(ValidationException.class, () -> batchGet(keys));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  @Test
  void batchGet_past16MB_returnsTheRestAsUnprocessedKeys() {
    // API BatchGetItem: at most 16 MB; the remaining keys come back in UnprocessedKeys.
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      put(engine, "Hashed", item("p", "k" + i, "big", "x".repeat(400_000)));
      keys.add(item("p", "k" + i));
    }
    BatchGetItemResponse response = batchGet(keys);
    int returned = response.responses().get("Hashed").size();
    assertThat(returned).isLessThan(45);
    assertThat(returned + response.unprocessedKeys().get("Hashed").keys().size()).isEqualTo(45);
  }

  @Test
  void batchGet_farOver16MB_returnsWhatFitsInRequestOrder_andResendingTheRestReadsEachKeyOnce() {
    // API BatchGetItem
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html):
    // a response holds at most 16 MB; the keys left over come back in UnprocessedKeys, to be sent
    // again. 100 items of 400,000 bytes are 40 MB: 41 fit in each response.
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      put(engine, "Hashed", Fixtures.padded(item("p", String.format("k%03d", i)), 400_000));
      keys.add(item("p", String.format("k%03d", i)));
    }
    BatchGetItemResponse first = batchGet(keys);
    assertThat(first.responses().get("Hashed").stream().map(found -> found.get("p")).toList())
        .containsExactlyElementsIn(keys.subList(0, 41).stream().map(key -> key.get("p")).toList())
        .inOrder();
    assertThat(first.unprocessedKeys().get("Hashed").keys())
        .containsExactlyElementsIn(keys.subList(41, 100))
        .inOrder();

    List<AttributeValue> read = new ArrayList<>();
    List<Map<String, AttributeValue>> pending = keys;
    int calls = 0;
    while (!pending.isEmpty()) {
      BatchGetItemResponse response = batchGet(pending);
      response.responses().get("Hashed").forEach(found -> read.add(found.get("p")));
      KeysAndAttributes left = response.unprocessedKeys().get("Hashed");
      pending = left == null ? List.of() : left.keys();
      calls++;
    }
    assertThat(calls).isEqualTo(3);
    assertThat(read)
        .containsExactlyElementsIn(keys.stream().map(key -> key.get("p")).toList())
        .inOrder();
  }

  @Test
  void batchGet_ofExactly16MB_returnsEverything_andTheNextKeyIsUnprocessed() {
    // API BatchGetItem: a response holds at most 16 MB; 64 items of 256 KB are exactly 16 MB.
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      put(
          engine,
          "Hashed",
          Fixtures.padded(item("p", "k" + i), BatchOperations.MAX_GET_BYTES / 64));
      keys.add(item("p", "k" + i));
    }
    BatchGetItemResponse exact = batchGet(keys);
    assertThat(exact.responses().get("Hashed")).hasSize(64);
    assertThat(exact.unprocessedKeys()).isEmpty();

    put(engine, "Hashed", item("p", "one-more"));
    keys.add(item("p", "one-more"));
    BatchGetItemResponse over = batchGet(keys);
    assertThat(over.responses().get("Hashed")).hasSize(64);
    assertThat(over.unprocessedKeys().get("Hashed").keys()).containsExactly(item("p", "one-more"));
  }

  // ------------------------------------------------------------------ BatchWriteItem
  // ------------------------------------------------------------------ BatchWriteItem

  @Test
  void batchWrite_putsAndDeletes() {
    put(engine, "Hashed", item("p", "old"));
    engine.batchWriteItem(
        new BatchWriteItemRequest(
            Map.of(
                "Hashed",
                List.of(
                    new WriteRequest.Put(item("p", "new")),
                    new WriteRequest.Delete(item("p", "old")))),
            null));
    assertThat(get(engine, "Hashed", item("p", "new"))).isNotNull();
    assertThat(get(engine, "Hashed", item("p", "old"))).isNull();
  }

  @Test
  void batchWrite_rejectsTheWholeBatch_onAnyInvalidRequest() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.batchWriteItem(
                    new BatchWriteItemRequest(
                        Map.of(
                            "Hashed",
                            List.of(
                                new WriteRequest.Put(item("p", "fine")),
                                new WriteRequest.Put(item("q", "no key")))),
                        null)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("One or more parameter values were invalid: Missing the key p in the item");
    assertThat(get(engine, "Hashed", item("p", "fine"))).isNull();
  }

  @Test
  void batchWrite_duplicateKeys_areRejected() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.batchWriteItem(
                    new BatchWriteItemRequest(
                        Map.of(
                            "Hashed",
                            List.of(
                                new WriteRequest.Put(item("p", "a")),
                                new WriteRequest.Delete(item("p", "a")))),
                        null)));
    assertThat(error).hasMessageThat().isEqualTo("Provided list of item keys contains duplicates");
  }

  @Test
  void batchWrite_ofExactly25Requests_isAccepted() {
    // API BatchWriteItem: "as many as 25 put or delete requests"
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html).
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      writes.add(new WriteRequest.Put(item("p", "k" + i)));
    }
    engine.batchWriteItem(new BatchWriteItemRequest(Map.of("Hashed", writes), null));
    assertThat(Fixtures.scanAll(engine, "Hashed")).hasSize(25);
  }

  @Test
  void batchWrite_over25Requests_isRejected() {
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      writes.add(new WriteRequest.Put(item("p", "k" + i)));
    }
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.batchWriteItem(new BatchWriteItemRequest(Map.of("Hashed", writes), null)));
    assertThat(error).hasMessageThat().contains("Member must have length less than or equal to 25");
  }

  @Test
  void batchWrite_toMissingTable_isResourceNotFound() {
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            engine.batchWriteItem(
                new BatchWriteItemRequest(
                    Map.of("Nope", List.of(new WriteRequest.Put(item("p", "a")))), null)));
  }

  // ------------------------------------------------------------------ TransactWriteItems

  private void transact(TransactWriteItem... items) {
    engine.transactWriteItems(new TransactWriteItemsRequest(List.of(items), null, null));
  }

  @Test
  void transaction_appliesEveryAction() {
    put(engine, "Hashed", item("p", "gone"));
    put(engine, "Hashed", item("p", "counter", "n", 1));
    transact(
        new TransactWriteItem.Put("Hashed", item("p", "new"), null, null),
        new TransactWriteItem.Delete("Hashed", item("p", "gone"), null, null),
        new TransactWriteItem.Update(
            "Hashed", item("p", "counter"), update("ADD n :v0", 1), null, null),
        new TransactWriteItem.ConditionCheck(
            "Sorted", item("p", "x", "s", 1), condition("attribute_not_exists(p)"), null));
    assertThat(get(engine, "Hashed", item("p", "new"))).isNotNull();
    assertThat(get(engine, "Hashed", item("p", "gone"))).isNull();
    assertThat(get(engine, "Hashed", item("p", "counter"))).isEqualTo(item("p", "counter", "n", 2));
  }

  @Test
  void failedCondition_cancelsEverything_withOneReasonPerAction() {
    put(engine, "Hashed", item("p", "a", "n", 1));
    put(engine, "Hashed", item("p", "b", "n", 1));
    TransactionCanceledException error =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                transact(
                    new TransactWriteItem.Put("Hashed", item("p", "c"), null, null),
                    new TransactWriteItem.Update(
                        "Hashed",
                        item("p", "a"),
                        update("SET n = :v0", 9),
                        condition("n = :v0", 5),
                        ReturnValuesOnConditionCheckFailure.ALL_OLD),
                    new TransactWriteItem.Delete(
                        "Hashed", item("p", "b"), condition("n = :v0", 5), null)));
    assertThat(error.reasons())
        .containsExactly(
            CancellationReason.NONE,
            CancellationReason.conditionalCheckFailed(item("p", "a", "n", 1)),
            CancellationReason.conditionalCheckFailed(null))
        .inOrder();
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Transaction cancelled, please refer cancellation reasons for specific reasons [None,"
                + " ConditionalCheckFailed, ConditionalCheckFailed]");
    assertThat(get(engine, "Hashed", item("p", "c"))).isNull();
    assertThat(get(engine, "Hashed", item("p", "a"))).isEqualTo(item("p", "a", "n", 1));
  }

  @Test
  void keyTypeError_isAValidationErrorReason() {
    TransactionCanceledException error =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                transact(
                    new TransactWriteItem.Put("Hashed", item("p", 1), null, null),
                    new TransactWriteItem.Put("Hashed", item("p", 2), null, null)));
    assertThat(error.reasons().get(0).code()).isEqualTo("ValidationError");
    assertThat(error.reasons().get(0).message())
        .isEqualTo(
            "One or more parameter values were invalid: Type mismatch for key p expected: S"
                + " actual: N");
    assertThat(error.reasons().get(1)).isEqualTo(CancellationReason.NONE);
  }

  @Test
  void updateOfAKeyAttribute_rejectsTheWholeTransaction() {
    // Digest 1.7 and 1.14: a key attribute cannot be updated, in a transaction either; the error
    // is found before any item is read, so it is a ValidationException for the whole request.
    put(engine, "Hashed", item("p", "a", "n", 1));
    for (io.keyspan.expression.UpdateExpression keyUpdate :
        List.of(update("SET p = :v0", "c"), update("REMOVE p"), update("ADD p :v0", 2))) {
      ValidationException error =
          assertThrows(
              ValidationException.class,
              () ->
                  transact(
                      new TransactWriteItem.Put("Hashed", item("p", "b"), null, null),
                      new TransactWriteItem.Update(
                          "Hashed", item("p", "a"), keyUpdate, null, null)));
      assertThat(error)
          .hasMessageThat()
          .isEqualTo(
              "One or more parameter values were invalid: Cannot update attribute p. This"
                  + " attribute is part of the key");
    }
    assertThat(get(engine, "Hashed", item("p", "b"))).isNull();
    assertThat(get(engine, "Hashed", item("p", "a"))).isEqualTo(item("p", "a", "n", 1));
  }

  @Test
  void twoActionsOnOneItem_areRejected() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                transact(
                    new TransactWriteItem.Put("Hashed", item("p", "a"), null, null),
                    new TransactWriteItem.ConditionCheck(
                        "Hashed", item("p", "a"), condition("attribute_exists(p)"), null)));
    assertThat(error).hasMessageThat().contains("one item");
  }

  @Test
  void conditionCheckWithoutCondition_isRejected_namingTheAction() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                transact(
                    new TransactWriteItem.Put("Hashed", item("p", "b"), null, null),
                    new TransactWriteItem.ConditionCheck("Hashed", item("p", "a"), null, null)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "1 validation error detected: Value null at"
                + " 'transactItems.2.member.conditionCheck.conditionExpression' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void actionCountMustBe1To100() {
    assertThrows(
        ValidationException.class,
        () -> engine.transactWriteItems(new TransactWriteItemsRequest(List.of(), null, null)));
    List<TransactWriteItem> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(new TransactWriteItem.Put("Hashed", item("p", "k" + i), null, null));
    }
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.transactWriteItems(new TransactWriteItemsRequest(many, null, null)));
    assertThat(error).hasMessageThat().contains("transactItems");
    assertThat(error).hasMessageThat().contains("100");
  }

  @Test
  void exactly100Actions_areAccepted() {
    // API TransactWriteItems: up to 100 actions
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
    List<TransactWriteItem> puts = new ArrayList<>();
    List<TransactGetItem> gets = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      puts.add(new TransactWriteItem.Put("Hashed", item("p", "k" + i), null, null));
      gets.add(new TransactGetItem("Hashed", item("p", "k" + i), null));
    }
    engine.transactWriteItems(new TransactWriteItemsRequest(puts, null, null));
    assertThat(engine.transactGetItems(new TransactGetItemsRequest(gets, null)).responses())
        .doesNotContain(java.util.Optional.empty());
  }

  @Test
  void requestOfExactly4MB_isAccepted_oneByteMoreIsNot() {
    // ServiceQuotas: a transaction is at most 4 MB; 16 puts of 256 KB are exactly 4 MB.
    long each = TransactionOperations.MAX_REQUEST_BYTES / 16;
    List<TransactWriteItem> puts = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      puts.add(
          new TransactWriteItem.Put(
              "Hashed", Fixtures.padded(item("p", "k" + i), each), null, null));
    }
    engine.transactWriteItems(new TransactWriteItemsRequest(puts, null, null));
    assertThat(Fixtures.scanAll(engine, "Hashed")).hasSize(16);

    List<TransactWriteItem> over = new ArrayList<>(puts);
    over.set(
        0,
        new TransactWriteItem.Put(
            "Hashed", Fixtures.padded(item("p", "extra"), each + 1), null, null));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.transactWriteItems(new TransactWriteItemsRequest(over, null, null)));
    assertThat(error).hasMessageThat().isEqualTo("Transaction request size cannot exceed 4 MB");
    assertThat(get(engine, "Hashed", item("p", "extra"))).isNull();
  }

  @Test
  void requestOver4MB_isRejected() {
    // ServiceQuotas: a transaction is at most 4 MB.
    List<TransactWriteItem> puts = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      puts.add(
          new TransactWriteItem.Put(
              "Hashed", item("p", "k" + i, "big", "x".repeat(400_000)), null, null));
    }
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.transactWriteItems(new TransactWriteItemsRequest(puts, null, null)));
    assertThat(error).hasMessageThat().contains("size cannot exceed");
  }

  @Test
  void clientRequestToken_makesARetryANoOp_forTenMinutes() {
    // API TransactWriteItems ClientRequestToken: idempotent for 10 minutes after completion.
    TransactWriteItemsRequest increment =
        new TransactWriteItemsRequest(
            List.of(
                new TransactWriteItem.Update(
                    "Hashed", item("p", "c"), update("ADD n :v0", 1), null, null)),
            "token-1",
            null);
    engine.transactWriteItems(increment);
    engine.transactWriteItems(increment);
    assertThat(get(engine, "Hashed", item("p", "c"))).isEqualTo(item("p", "c", "n", 1));
    clock.advanceSeconds(600);
    engine.transactWriteItems(increment);
    assertThat(get(engine, "Hashed", item("p", "c"))).isEqualTo(item("p", "c", "n", 2));
  }

  @Test
  void clientRequestToken_withADifferentRequest_isAMismatch() {
    engine.transactWriteItems(
        new TransactWriteItemsRequest(
            List.of(new TransactWriteItem.Put("Hashed", item("p", "a"), null, null)), "t", null));
    assertThrows(
        IdempotentParameterMismatchException.class,
        () ->
            engine.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(new TransactWriteItem.Put("Hashed", item("p", "b"), null, null)),
                    "t",
                    null)));
    assertThat(get(engine, "Hashed", item("p", "b"))).isNull();
  }

  @Test
  void clientRequestTokenOf36Characters_isAccepted() {
    // API TransactWriteItems ClientRequestToken: length 1 to 36.
    engine.transactWriteItems(
        new TransactWriteItemsRequest(
            List.of(new TransactWriteItem.Put("Hashed", item("p", "a"), null, null)),
            "x".repeat(36),
            null));
    assertThat(get(engine, "Hashed", item("p", "a"))).isNotNull();
  }

  @Test
  void clientRequestTokenOver36Characters_isRejected() {
    assertThrows(
        ValidationException.class,
        () ->
            engine.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(new TransactWriteItem.Put("Hashed", item("p", "a"), null, null)),
                    "x".repeat(37),
                    null)));
  }

  // ------------------------------------------------------------------ TransactGetItems

  @Test
  void transactGet_returnsAlignedResponses() {
    put(engine, "Hashed", item("p", "a", "v", 1, "w", 2));
    List<java.util.Optional<Map<String, AttributeValue>>> responses =
        engine
            .transactGetItems(
                new TransactGetItemsRequest(
                    List.of(
                        new TransactGetItem("Hashed", item("p", "zz"), null),
                        new TransactGetItem("Hashed", item("p", "a"), Fixtures.projection("w"))),
                    null))
            .responses();
    assertThat(responses.get(0)).isEmpty();
    assertThat(responses.get(1)).hasValue(item("w", 2));
  }

  // DynamoDB: a transaction may not address one item twice (TransactGetItems as TransactWrite).
  @Test
  void transactGet_ofOneItemTwice_isRejected() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.transactGetItems(
                    new TransactGetItemsRequest(
                        List.of(
                            new TransactGetItem("Hashed", item("p", "a"), null),
                            new TransactGetItem("Hashed", item("p", "a"), null)),
                        null)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Transaction request cannot include multiple operations on one item");
  }

  @Test
  void transactGet_withAKeyOfTheWrongType_isCancelledWithThatReadsValidationError() {
    TransactionCanceledException canceled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                engine.transactGetItems(
                    new TransactGetItemsRequest(
                        List.of(
                            new TransactGetItem("Hashed", item("p", "a"), null),
                            new TransactGetItem("Hashed", item("p", 7), null)),
                        null)));
    assertThat(canceled.reasons().get(0)).isEqualTo(CancellationReason.NONE);
    assertThat(canceled.reasons().get(1).code()).isEqualTo("ValidationError");
    assertThat(canceled.reasons().get(1).message())
        .isEqualTo("The provided key element does not match the schema");
  }
}
