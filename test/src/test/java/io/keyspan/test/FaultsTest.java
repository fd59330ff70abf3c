package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.InternalServerErrorException;
import io.keyspan.exception.ProvisionedThroughputExceededException;
import io.keyspan.exception.ThrottlingException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.TransactionConflictException;
import io.keyspan.memory.MemoryEngine;
import io.keyspan.repository.WriteTransaction;
import io.keyspan.value.AttributeValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Faults at the engine, seen by Keyspan's repositories: each kind, each trigger, and the record of
 * what was done.
 */
@KeyspanTest(tables = {User.class, Session.class})
class FaultsTest {
  private Keyspan keyspan;
  private UserRepository users;
  private SessionRepository sessions;
  private Faults faults;
  private TestClock clock;

  private static Map<String, AttributeValue> userKey(String id) {
    return Map.of("UserID", AttributeValue.s(id));
  }

  @Test
  void theNextNCalls_areThrottled_thenCallsSucceed_andFailedCallsStoreNothing() {
    faults.on(Operation.PUT_ITEM).table("Users").times(2).throttle();

    ProvisionedThroughputExceededException first =
        assertThrows(
            ProvisionedThroughputExceededException.class, () -> users.put(User.of("u1", "Ann")));
    assertThrows(
        ProvisionedThroughputExceededException.class, () -> users.put(User.of("u1", "Ann")));
    assertThat(users.get("u1")).isEmpty();
    users.put(User.of("u1", "Ann"));

    assertThat(first)
        .hasMessageThat()
        .contains("provisioned throughput for the table was exceeded");
    assertThat(users.get("u1")).isPresent();
    assertThat(faults.calls(Operation.PUT_ITEM)).isEqualTo(3);
    // Calls 1 to 3 created the tables (CreateTable twice, UpdateTimeToLive); 4 and 5 are the first
    // two puts.
    assertThat(faults.injections(Operation.PUT_ITEM).stream().map(Injection::call).toList())
        .containsExactly(4L, 5L)
        .inOrder();
    assertThat(faults.injections().get(0).fault())
        .isEqualTo(new Fault.ProvisionedThroughputExceeded());
  }

  @Test
  void throttlingAndInternalErrors_areDynamoDbsErrors() {
    faults.on(Operation.GET_ITEM).times(1).throttling();
    faults.on(Operation.QUERY).times(1).internalServerError();

    ThrottlingException throttled = assertThrows(ThrottlingException.class, () -> users.get("u1"));
    InternalServerErrorException internal =
        assertThrows(InternalServerErrorException.class, () -> users.query("u1").list());

    assertThat(throttled.errorCode()).isEqualTo("ThrottlingException");
    assertThat(throttled.isRetryable()).isTrue();
    assertThat(internal).hasMessageThat().isEqualTo("Internal server error");
  }

  @Test
  void aTableRule_leavesOtherTablesAlone() {
    faults.on().table("Sessions").throttle();

    users.put(User.of("u1", "Ann"));

    assertThrows(
        ProvisionedThroughputExceededException.class, () -> sessions.put(new Session("s1", null)));
    assertThat(faults.injections()).hasSize(1);
  }

  @Test
  void aPredicateOnTheRequest_choosesTheCalls() {
    faults
        .on(Operation.PUT_ITEM)
        .touching(item -> item.attributes().get("Name").equals(AttributeValue.s("Bob")))
        .throttle();

    users.put(User.of("u1", "Ann"));
    assertThrows(
        ProvisionedThroughputExceededException.class, () -> users.put(User.of("u2", "Bob")));

    assertThat(faults.injections()).hasSize(1);
    assertThat(faults.injections().get(0).items().get(0).attributes())
        .containsEntry("UserID", AttributeValue.s("u2"));
  }

  @Test
  void aPredicateOnTheWholeCall_choosesTheCalls() {
    faults.on(Operation.BATCH_WRITE_ITEM).when(call -> call.items().size() > 2).throttle();

    users.batchPut(List.of(User.of("u1", "Ann"), User.of("u2", "Bob")));
    assertThrows(
        ProvisionedThroughputExceededException.class,
        () ->
            users.batchPut(
                List.of(User.of("u3", "Cid"), User.of("u4", "Dee"), User.of("u5", "Eve"))));

    assertThat(users.scan().list().stream().map(User::userId).toList()).containsExactly("u1", "u2");
    assertThat(faults.injections().get(0).items()).hasSize(3);
  }

  @Test
  void aTransactGetTouchingTheHeldItem_isCancelledToo() {
    faults
        .on(Operation.TRANSACT_GET_ITEMS)
        .touching("Users", userKey("u1"))
        .times(1)
        .transactionConflict();

    TransactionCanceledException canceled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                keyspan
                    .engine()
                    .transactGetItems(
                        new io.keyspan.engine.TransactGetItemsRequest(
                            List.of(
                                new io.keyspan.engine.TransactGetItem("Users", userKey("u0"), null),
                                new io.keyspan.engine.TransactGetItem(
                                    "Users", userKey("u1"), null)),
                            null)));

    assertThat(canceled.reasons().stream().map(CancellationReason::code).toList())
        .containsExactly("None", "TransactionConflict")
        .inOrder();
  }

  @Test
  void aProbability_drawsFromTheSeed_soTwoRunsHitTheSameCalls() {
    assertThat(hitCalls(7)).isEqualTo(hitCalls(7));
    assertThat(hitCalls(7)).isNotEmpty();
    assertThat(hitCalls(7).size()).isLessThan(40);
    assertThat(hitCalls(8)).isNotEqualTo(hitCalls(7));
  }

  private static List<Long> hitCalls(long seed) {
    Faults seeded = Faults.seeded(seed);
    try (Keyspan db = Keyspan.using(seeded.wrap(MemoryEngine.create()))) {
      UserRepository repository = new UserRepository(db);
      repository.createTable();
      for (int i = 0; i < 40; i++) {
        if (i == 0) {
          seeded.on(Operation.GET_ITEM).withProbability(0.3).internalServerError();
        }
        try {
          repository.get("u" + i);
        } catch (InternalServerErrorException expected) {
          // counted below, from the record of injections
        }
      }
    }
    return seeded.injections().stream().map(Injection::call).toList();
  }

  @Test
  void keyspansBatchWrite_retriesTheUnprocessedItems_untilAllAreStored() {
    faults
        .on(Operation.BATCH_WRITE_ITEM)
        .touching("Users", userKey("u2"))
        .times(2)
        .leaveUnprocessed();

    users.batchPut(List.of(User.of("u1", "Ann"), User.of("u2", "Bob"), User.of("u3", "Cid")));

    assertThat(users.scan().list()).hasSize(3);
    assertThat(faults.calls(Operation.BATCH_WRITE_ITEM)).isEqualTo(3);
    List<Injection> injections = faults.injections(Operation.BATCH_WRITE_ITEM);
    assertThat(injections).hasSize(2);
    assertThat(injections.get(0).items()).hasSize(1);
    assertThat(injections.get(0).items().get(0).hasKey(userKey("u2"))).isTrue();
  }

  @Test
  void keyspansBatchGet_retriesTheUnprocessedKeys() {
    users.batchPut(List.of(User.of("u1", "Ann"), User.of("u2", "Bob")));
    faults
        .on(Operation.BATCH_GET_ITEM)
        .touching("Users", userKey("u1"))
        .times(1)
        .leaveUnprocessed();

    List<User> found = users.batchGet(List.of(users.key("u1"), users.key("u2")));

    assertThat(found.stream().map(User::userId).toList()).containsExactly("u1", "u2");
    assertThat(faults.calls(Operation.BATCH_GET_ITEM)).isEqualTo(2);
  }

  @Test
  void aTransactionTouchingTheHeldItem_isCancelledWithTransactionConflict() {
    faults
        .on(Operation.TRANSACT_WRITE_ITEMS)
        .touching("Users", userKey("u2"))
        .transactionConflict();

    TransactionCanceledException canceled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                WriteTransaction.of(keyspan)
                    .add(users.putOperation(User.of("u1", "Ann")))
                    .add(users.putOperation(User.of("u2", "Bob")))
                    .execute());

    assertThat(canceled.reasons().stream().map(CancellationReason::code).toList())
        .containsExactly("None", "TransactionConflict")
        .inOrder();
    assertThat(users.scan().list()).isEmpty();
  }

  @Test
  void aSingleWriteToTheHeldItem_failsWithTransactionConflictException() {
    faults
        .on(Operation.UPDATE_ITEM)
        .touching("Users", userKey("u1"))
        .times(1)
        .transactionConflict();

    TransactionConflictException conflict =
        assertThrows(
            TransactionConflictException.class,
            () -> users.update("u1").set(UserSchema.NAME, "Ann").execute());

    assertThat(conflict).hasMessageThat().isEqualTo("Transaction is ongoing for the item");
    users.update("u1").set(UserSchema.NAME, "Ann").execute();
    assertThat(users.get("u1")).isPresent();
  }

  @Test
  void latency_underKeyspanTest_advancesTheTestClock() {
    faults.on(Operation.GET_ITEM).latency(Duration.ofMillis(250));
    var before = clock.instant();

    users.get("u1");
    users.get("u2");

    assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofMillis(500));
    assertThat(faults.injections()).hasSize(2);
  }

  @Test
  void latency_withoutATestClock_isARealBoundedSleep() {
    Faults sleeping = Faults.create();
    IllegalArgumentException tooLong =
        assertThrows(
            IllegalArgumentException.class,
            () -> sleeping.on(Operation.GET_ITEM).latency(Duration.ofMinutes(1)));
    assertThat(tooLong).hasMessageThat().contains("would sleep for real");

    sleeping.on(Operation.GET_ITEM).latency(Duration.ofMillis(20));
    try (Keyspan db = Keyspan.using(sleeping.wrap(MemoryEngine.create()))) {
      UserRepository repository = new UserRepository(db);
      repository.createTable();
      long start = System.nanoTime();
      repository.get("u1");
      assertThat(System.nanoTime() - start).isAtLeast(Duration.ofMillis(20).toNanos());
    }
  }

  @Test
  void unprocessedItemsAndConflicts_onlyWhereDynamoDbHasThem_andBadSettingsAreRejected() {
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class, () -> faults.on(Operation.PUT_ITEM).leaveUnprocessed());
    assertThat(wrong)
        .hasMessageThat()
        .isEqualTo(
            "leaveUnprocessed() applies to BATCH_WRITE_ITEM and BATCH_GET_ITEM only; the rule is on [PUT_ITEM].");
    IllegalArgumentException noConflict =
        assertThrows(
            IllegalArgumentException.class, () -> faults.on(Operation.QUERY).transactionConflict());
    assertThat(noConflict)
        .hasMessageThat()
        .isEqualTo(
            "transactionConflict() applies to [PUT_ITEM, UPDATE_ITEM, DELETE_ITEM, "
                + "TRANSACT_WRITE_ITEMS, TRANSACT_GET_ITEMS] only; the rule is on [QUERY].");
    assertThrows(IllegalArgumentException.class, () -> faults.on(Operation.GET_ITEM).times(0));
    assertThrows(
        IllegalArgumentException.class, () -> faults.on(Operation.GET_ITEM).withProbability(0));
  }

  @Test
  void clear_removesTheRules_andKeepsTheRecord() {
    faults.on(Operation.GET_ITEM).throttle();
    assertThrows(ProvisionedThroughputExceededException.class, () -> users.get("u1"));

    faults.clear();
    users.get("u1");

    assertThat(faults.injections()).hasSize(1);
    assertThat(new ArrayList<>(faults.injections(Operation.PUT_ITEM))).isEmpty();
  }
}
