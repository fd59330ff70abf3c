package io.keyspan.test;

import io.keyspan.engine.Engine;
import io.keyspan.value.AttributeValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Deterministic faults at the engine: whatever runs on an engine {@link #wrap wrapped} by these
 * faults (Keyspan's repositories, the in-process SDK clients of {@link KeyspanLocal}, {@code
 * KeyspanServer}) sees DynamoDB's failures when the test asks for them.
 *
 * <pre>{@code
 * faults.on(Operation.PUT_ITEM).table("Users").times(2).throttle();
 * faults.on(Operation.BATCH_WRITE_ITEM).touching("Users", key).times(1).leaveUnprocessed();
 * faults.on(Operation.TRANSACT_WRITE_ITEMS).touching("Users", key).transactionConflict();
 * faults.on(Operation.GET_ITEM).withProbability(0.1).internalServerError();
 * faults.on(Operation.QUERY).latency(Duration.ofMillis(200));
 * ...
 * assertThat(faults.injections()).hasSize(2);                  // the code retried
 * }</pre>
 *
 * <p>Rules apply in the order they were added: every matching latency, then the first matching
 * failure. A rule hits every matching call, or only the next {@code n} ({@link
 * FaultBuilder#times}), or each with a probability drawn from a generator seeded at creation, so a
 * run is repeatable when calls come in the same order. Thread-safe.
 */
public final class Faults {
  /**
   * Real sleeps above this would only slow a build down; a longer latency needs a {@link
   * TestClock}.
   */
  static final Duration MAX_SLEEP = Duration.ofSeconds(10);

  private final SplittableRandom random;
  private final TestClock clock;
  private final List<FaultRule> rules = new ArrayList<>();
  private final List<Integer> hits = new ArrayList<>();
  private final List<Injection> injections = new ArrayList<>();
  private final Map<Operation, Integer> calls = new EnumMap<>(Operation.class);
  private long callCount;

  private Faults(long seed, TestClock clock) {
    this.random = new SplittableRandom(seed);
    this.clock = clock;
  }

  /** Faults with seed 0, whose latency is a real (bounded) sleep. */
  public static Faults create() {
    return seeded(0);
  }

  /** Faults whose probabilities come from {@code seed}; latency is a real sleep of at most 10 s. */
  public static Faults seeded(long seed) {
    return new Faults(seed, null);
  }

  /**
   * Faults whose probabilities come from {@code seed} and whose latency advances {@code clock}
   * instead of sleeping: code that measures time with that clock sees slow calls, and tests stay
   * fast.
   */
  public static Faults seeded(long seed, TestClock clock) {
    return new Faults(seed, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * {@code engine} with these faults; rules added later apply too. Closing it closes {@code
   * engine}.
   */
  public Engine wrap(Engine engine) {
    return new FaultyEngine(Objects.requireNonNull(engine, "engine"), this);
  }

  /** A new rule for these operations (all operations when none is given). */
  public FaultBuilder on(Operation... operations) {
    EnumSet<Operation> set = EnumSet.noneOf(Operation.class);
    set.addAll(Arrays.asList(operations));
    return new FaultBuilder(this, set);
  }

  /**
   * A predicate for items whose attributes include {@code key}'s (the key of the item to match).
   */
  public static Predicate<EngineCall.Item> hasKey(Map<String, AttributeValue> key) {
    Map<String, AttributeValue> copy = Map.copyOf(key);
    return item -> item.hasKey(copy);
  }

  /** Every fault applied so far, in order. */
  public synchronized List<Injection> injections() {
    return List.copyOf(injections);
  }

  /** The faults applied so far to one operation, in order. */
  public synchronized List<Injection> injections(Operation operation) {
    return injections.stream().filter(i -> i.operation() == operation).toList();
  }

  /** How many calls of {@code operation} the engine received, faulted or not. */
  public synchronized int calls(Operation operation) {
    return calls.getOrDefault(operation, 0);
  }

  /** Removes every rule; the record of what was injected stays. */
  public synchronized void clear() {
    rules.clear();
    hits.clear();
  }

  synchronized void add(FaultRule rule) {
    if (rule.fault() instanceof Fault.Latency latency
        && clock == null
        && latency.duration().compareTo(MAX_SLEEP) > 0) {
      throw new IllegalArgumentException(
          "A latency of "
              + latency.duration()
              + " would sleep for real; at most "
              + MAX_SLEEP
              + " without a TestClock (Faults.seeded(seed, clock) advances the clock instead).");
    }
    rules.add(rule);
    hits.add(0);
  }

  /**
   * The faults for one call: every matching latency, then at most one failure. Decided under the
   * lock, so counts and random draws are consistent; applied by the caller outside it.
   */
  synchronized Decision decide(EngineCall call) {
    long number = ++callCount;
    calls.merge(call.operation(), 1, Integer::sum);
    List<Duration> latencies = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      FaultRule rule = rules.get(i);
      if (hits.get(i) >= rule.limit() || !rule.matchesCall(call)) {
        continue;
      }
      List<EngineCall.Item> affected = rule.affected(call);
      if (rule.item() != null && affected.isEmpty()) {
        continue;
      }
      if (rule.probability() < 1.0 && random.nextDouble() >= rule.probability()) {
        continue;
      }
      hits.set(i, hits.get(i) + 1);
      injections.add(new Injection(number, call.operation(), rule.fault(), affected));
      if (rule.fault() instanceof Fault.Latency latency) {
        latencies.add(latency.duration());
      } else {
        return new Decision(latencies, rule.fault(), affected);
      }
    }
    return new Decision(latencies, null, List.of());
  }

  /** Waits out the latencies of a decision: advances the test clock, or sleeps. */
  void pause(List<Duration> latencies) {
    Consumer<Duration> pause = clock != null ? clock::advance : Faults::sleep;
    latencies.forEach(pause);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during an injected latency", e);
    }
  }

  /**
   * What to do with one call.
   *
   * @param failure the failure to answer with, or null to proceed
   * @param affected the items the failure concerns
   */
  record Decision(List<Duration> latencies, Fault failure, List<EngineCall.Item> affected) {}

  /** Builds one rule: narrow the calls it matches, then say what it does. */
  public static final class FaultBuilder {
    private static final Set<Operation> CONFLICTING =
        EnumSet.of(
            Operation.PUT_ITEM,
            Operation.UPDATE_ITEM,
            Operation.DELETE_ITEM,
            Operation.TRANSACT_WRITE_ITEMS,
            Operation.TRANSACT_GET_ITEMS);
    private final Faults faults;
    private final Set<Operation> operations;
    private String table;
    private Predicate<EngineCall> call;
    private Predicate<EngineCall.Item> item;
    private int limit = Integer.MAX_VALUE;
    private double probability = 1.0;

    private FaultBuilder(Faults faults, Set<Operation> operations) {
      this.faults = faults;
      this.operations = operations;
    }

    /** Only calls that touch this table (and, in batches and transactions, only its items). */
    public FaultBuilder table(String table) {
      this.table = Objects.requireNonNull(table, "table");
      return this;
    }

    /** Only calls for which {@code condition} holds. */
    public FaultBuilder when(Predicate<EngineCall> condition) {
      this.call = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Only calls naming an item for which {@code condition} holds; a batch fault leaves those items
     * unprocessed, a conflict cancels the transaction's actions on them.
     */
    public FaultBuilder touching(Predicate<EngineCall.Item> condition) {
      this.item = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /** Only calls naming the item of {@code table} with this key. */
    public FaultBuilder touching(String table, Map<String, AttributeValue> key) {
      Objects.requireNonNull(table, "table");
      Predicate<EngineCall.Item> hasKey = hasKey(key);
      return touching(i -> i.table().equals(table) && hasKey.test(i));
    }

    /** Only the next {@code calls} matching calls. */
    public FaultBuilder times(int calls) {
      if (calls < 1) {
        throw new IllegalArgumentException("times(n) needs n >= 1; got " + calls);
      }
      this.limit = calls;
      return this;
    }

    /** Each matching call with this probability, drawn from the seeded generator. */
    public FaultBuilder withProbability(double probability) {
      if (!(probability > 0.0 && probability <= 1.0)) {
        throw new IllegalArgumentException("A probability lies in (0, 1]; got " + probability);
      }
      this.probability = probability;
      return this;
    }

    /** Fails with {@code ProvisionedThroughputExceededException}. */
    public void throttle() {
      register(new Fault.ProvisionedThroughputExceeded());
    }

    /** Fails with {@code ThrottlingException}. */
    public void throttling() {
      register(new Fault.Throttling());
    }

    /** Fails with {@code InternalServerError}. */
    public void internalServerError() {
      register(new Fault.InternalServerError());
    }

    /**
     * A concurrent transaction holds the items: see {@link Fault.TransactionConflict}. Only for the
     * calls DynamoDB lets conflict with a transaction: single-item writes and transactions
     * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-conflict-handling).
     */
    public void transactionConflict() {
      if (operations.isEmpty() || !CONFLICTING.containsAll(operations)) {
        throw new IllegalArgumentException(
            "transactionConflict() applies to "
                + CONFLICTING
                + " only; the rule is on "
                + (operations.isEmpty() ? "every operation" : operations)
                + ".");
      }
      register(new Fault.TransactionConflict());
    }

    /**
     * Leaves the batch's matched items ({@link #touching}, {@link #table}) unprocessed, or all of
     * them when none is chosen; only for BatchWriteItem and BatchGetItem. (DynamoDB answers a batch
     * of which nothing could be processed with {@code ProvisionedThroughputExceededException}
     * instead; leaving all unprocessed lets a test drive a retry loop to its end.)
     */
    public void leaveUnprocessed() {
      if (operations.isEmpty() || !operations.stream().allMatch(Operation::isBatch)) {
        throw new IllegalArgumentException(
            "leaveUnprocessed() applies to BATCH_WRITE_ITEM and BATCH_GET_ITEM only; "
                + "the rule is on "
                + (operations.isEmpty() ? "every operation" : operations)
                + ".");
      }
      register(new Fault.Unprocessed());
    }

    /**
     * Answers the call normally after {@code duration} (see {@link Faults#seeded(long,
     * TestClock)}).
     */
    public void latency(Duration duration) {
      register(new Fault.Latency(duration));
    }

    private void register(Fault fault) {
      faults.add(new FaultRule(operations, table, call, item, limit, probability, fault));
    }
  }
}
