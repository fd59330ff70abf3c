package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.update;
import static io.keyspan.memory.Fixtures.withHashTable;

import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/**
 * Atomicity and isolation under contention: every single-item write is linearizable, and a
 * transaction is never seen half applied (API TransactWriteItems: all or nothing, isolated).
 * Invariants only; no timing assertions.
 */
class ConcurrencyTest {
  private static final int THREADS = 6;
  private static final long HANG_GUARD_SECONDS = 120;
  private final MemoryEngine engine = withHashTable(engine());

  private static long number(Map<String, AttributeValue> item, String name) {
    return ((AttributeValue.N) item.get(name)).value().longValueExact();
  }

  /**
   * Runs the tasks on {@link #THREADS} daemon threads and rethrows the first failure. A task still
   * running after {@link #HANG_GUARD} is cancelled and fails the test, so a deadlock or livelock
   * fails the build instead of hanging it; the bound is far above any normal run and decides no
   * result.
   */
  private static void runAll(List<Callable<Void>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, ConcurrencyTest::daemon);
    try {
      for (Future<Void> future : pool.invokeAll(tasks, HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
        assertWithMessage("a task was still running after %s s", HANG_GUARD_SECONDS)
            .that(future.isCancelled())
            .isFalse();
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "concurrency-test");
    thread.setDaemon(true);
    return thread;
  }

  @Test
  void optimisticConditionalIncrements_neverLoseAnUpdate() throws Exception {
    put(engine, "Hashed", item("p", "counter", "n", 0));
    int perThread = 300;
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(
          () -> {
            int done = 0;
            while (done < perThread && !Thread.currentThread().isInterrupted()) {
              long seen = number(get(engine, "Hashed", item("p", "counter")), "n");
              try {
                engine.updateItem(
                    UpdateItemRequest.builder("Hashed", item("p", "counter"))
                        .update(update("SET n = :v0", seen + 1))
                        .condition(condition("n = :v0", seen))
                        .build());
                done++;
              } catch (ConditionalCheckFailedException lostRace) {
                // someone else incremented first; read again and retry
              }
            }
            return null;
          });
    }
    runAll(tasks);
    assertThat(number(get(engine, "Hashed", item("p", "counter")), "n"))
        .isEqualTo((long) THREADS * perThread);
  }

  @Test
  void transfersBetweenAccounts_conserveTheTotal_asSeenByConcurrentScans() throws Exception {
    int accounts = 8;
    for (int i = 0; i < accounts; i++) {
      put(engine, "Hashed", item("p", "acct" + i, "balance", 100));
    }
    // What the committed transfers moved, per account; a cancelled transfer moves nothing.
    AtomicLongArray moved = new AtomicLongArray(accounts);
    AtomicInteger committed = new AtomicInteger();
    List<CancellationReason> insufficientFunds =
        List.of(CancellationReason.conditionalCheckFailed(null), CancellationReason.NONE);
    List<Callable<Void>> transfers = new ArrayList<>();
    for (int t = 0; t < THREADS - 1; t++) {
      long seed = t;
      transfers.add(
          () -> {
            Random random = new Random(seed);
            for (int i = 0; i < 400; i++) {
              int from = random.nextInt(accounts);
              int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
              int amount = 1 + random.nextInt(20);
              try {
                engine.transactWriteItems(transfer(from, to, amount));
                committed.incrementAndGet();
                moved.addAndGet(from, -amount);
                moved.addAndGet(to, amount);
              } catch (TransactionCanceledException cancelled) {
                // Only the balance condition may cancel a transfer (API TransactWriteItems:
                // CancellationReasons in request order, None for the action that did not fail).
                assertThat(cancelled.reasons()).isEqualTo(insufficientFunds);
              }
            }
            return null;
          });
    }
    AtomicBoolean running = new AtomicBoolean(true);
    List<Long> observedTotals = java.util.Collections.synchronizedList(new ArrayList<>());
    Callable<Void> scanner =
        () -> {
          while (running.get()) {
            PageResponse page = engine.scan(ScanRequest.builder("Hashed").build());
            observedTotals.add(page.items().stream().mapToLong(it -> number(it, "balance")).sum());
          }
          return null;
        };
    ExecutorService scanning = Executors.newSingleThreadExecutor(ConcurrencyTest::daemon);
    try {
      Future<Void> scans = scanning.submit(scanner);
      try {
        runAll(transfers);
      } finally {
        running.set(false);
      }
      scans.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    } finally {
      scanning.shutdownNow();
    }
    // Every account starts at 100 and no balance may go negative, so the first transfer the engine
    // runs always commits: at least one must have.
    assertThat(committed.get()).isGreaterThan(0);
    long total = 0;
    for (int i = 0; i < accounts; i++) {
      long balance = number(get(engine, "Hashed", item("p", "acct" + i)), "balance");
      assertThat(balance).isAtLeast(0L);
      assertWithMessage("acct%s", i).that(balance).isEqualTo(100 + moved.get(i));
      total += balance;
    }
    assertThat(total).isEqualTo(accounts * 100L);
    assertThat(observedTotals).isNotEmpty();
    assertThat(new java.util.HashSet<>(observedTotals)).containsExactly(accounts * 100L);
  }

  /** Moves {@code amount} from one account to another unless the first would go negative. */
  private static TransactWriteItemsRequest transfer(int from, int to, int amount) {
    return new TransactWriteItemsRequest(
        List.of(
            new TransactWriteItem.Update(
                "Hashed",
                item("p", "acct" + from),
                update("SET balance = balance - :v0", amount),
                condition("balance >= :v0", amount),
                null),
            new TransactWriteItem.Update(
                "Hashed",
                item("p", "acct" + to),
                update("SET balance = balance + :v0", amount),
                null,
                null)),
        null,
        null);
  }

  @Test
  void concurrentAddsOnDistinctAndSharedItems_allLand() throws Exception {
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      tasks.add(
          () -> {
            for (int i = 0; i < 200; i++) {
              engine.updateItem(
                  UpdateItemRequest.builder("Hashed", item("p", "shared"))
                      .update(update("ADD n :v0", 1))
                      .build());
              put(engine, "Hashed", item("p", "t" + thread + "-" + i));
            }
            return null;
          });
    }
    runAll(tasks);
    assertThat(((AttributeValue.N) get(engine, "Hashed", item("p", "shared")).get("n")).value())
        .isEqualTo(BigDecimal.valueOf(THREADS * 200L));
    assertThat(engine.describeTable(new DescribeTableRequest("Hashed")).itemCount())
        .isEqualTo(THREADS * 200L + 1);
  }
}
