package io.keyspan.dynamodb;

import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Runs the same seeded random operations on a reference engine (the in-memory one) and on an
 * emulator, and compares every outcome: results, error types and messages, final contents.
 *
 * <p>An unequal pair is first passed through the allow-list: each entry is a documented deviation
 * of the emulator from DynamoDB, which rewrites the emulator's outcome the way DynamoDB would have
 * answered. If that makes the pair equal, the difference is counted under the entry's name (and the
 * emulator's copy of a written item is reset to the reference's, so the states stay equal);
 * otherwise it is a divergence, and the seed's sequence stops there (later operations would only
 * repeat it).
 */
final class Differential {

  /** A documented deviation of an emulator, and how DynamoDB would have answered instead. */
  record Known(String name, Correction correct) {}

  /**
   * Rewrites the emulator's outcome as DynamoDB would have answered; returns it unchanged when the
   * deviation does not apply.
   */
  @FunctionalInterface
  interface Correction {
    Outcome apply(Context context, Outcome expected, Outcome actual);
  }

  /**
   * What a correction may know besides the two outcomes.
   *
   * @param itemBefore for a single-item write, the item as it was (read from the reference engine);
   *     null when absent
   */
  record Context(RandomOperations.Operation operation, Map<String, AttributeValue> itemBefore) {}

  /** An unexplained difference. */
  record Divergence(
      long seed, int index, String kind, String operation, Outcome reference, Outcome emulator) {
    @Override
    public String toString() {
      return "seed "
          + seed
          + " #"
          + index
          + " "
          + kind
          + "\n  operation: "
          + operation
          + "\n  in-memory: "
          + reference
          + "\n  emulator:  "
          + emulator;
    }
  }

  private final Engine reference;
  private final Engine emulator;
  private final List<Known> allowList;
  private final boolean transactions;

  private int compared;
  private final Map<String, Integer> allowed = new LinkedHashMap<>();
  private final Map<String, Integer> perKind = new LinkedHashMap<>();
  private final List<Divergence> divergences = new ArrayList<>();

  Differential(Engine reference, Engine emulator, List<Known> allowList, boolean transactions) {
    this.reference = reference;
    this.emulator = emulator;
    this.allowList = allowList;
    this.transactions = transactions;
  }

  /** Runs {@code length} operations from {@code seed}, then compares the tables' contents. */
  void run(long seed, int length) {
    String main = "diff_" + seed + "_main";
    String side = "diff_" + seed + "_side";
    for (Engine engine : List.of(reference, emulator)) {
      engine.createTable(RandomOperations.mainTable(main));
      engine.createTable(RandomOperations.sideTable(side));
    }
    try {
      RandomOperations operations = new RandomOperations(seed, main, side, transactions);
      for (int index = 0; index < length; index++) {
        if (!compare(seed, index, operations.next())) {
          return;
        }
      }
      compare(seed, length, operations.contents());
    } finally {
      for (Engine engine : List.of(reference, emulator)) {
        drop(engine, main);
        drop(engine, side);
      }
    }
  }

  private boolean compare(long seed, int index, RandomOperations.Operation operation) {
    Context context =
        new Context(
            operation,
            operation.key() == null
                ? null
                : reference
                    .getItem(
                        GetItemRequest.builder(operation.table(), operation.key())
                            .consistentRead(true)
                            .build())
                    .item());
    Outcome expected = apply(reference, operation);
    Outcome actual = apply(emulator, operation);
    compared++;
    perKind.merge(operation.kind(), 1, Integer::sum);
    return agree(seed, index, operation, context, expected, actual)
        && (operation.key() == null
            || agree(
                seed,
                index,
                operation,
                context,
                state(reference, operation),
                state(emulator, operation)));
  }

  /** The written item afterwards, read strongly consistently: a write's effect, compared too. */
  record ItemState(Map<String, AttributeValue> item) {}

  private static Outcome state(Engine engine, RandomOperations.Operation operation) {
    return Outcome.of(
        new ItemState(
            engine
                .getItem(
                    GetItemRequest.builder(operation.table(), operation.key())
                        .consistentRead(true)
                        .build())
                .item()));
  }

  private boolean agree(
      long seed,
      int index,
      RandomOperations.Operation operation,
      Context context,
      Outcome expected,
      Outcome actual) {
    if (expected.equals(actual)) {
      return true;
    }
    Outcome corrected = actual;
    List<String> used = new ArrayList<>();
    for (Known known : allowList) {
      Outcome next = known.correct().apply(context, expected, corrected);
      if (!next.equals(corrected)) {
        used.add(known.name());
        corrected = next;
      }
    }
    if (expected.equals(corrected)) {
      used.forEach(name -> allowed.merge(name, 1, Integer::sum));
      resynchronize(operation);
      return true;
    }
    String kind =
        expected.result() instanceof ItemState
            ? operation.kind() + " (item afterwards)"
            : operation.kind();
    divergences.add(new Divergence(seed, index, kind, operation.description(), expected, actual));
    return false;
  }

  /**
   * After an allow-listed difference on a single-item write, the emulator may hold another item
   * than DynamoDB would; it gets the reference engine's item, so later operations compare against
   * the same state.
   */
  private void resynchronize(RandomOperations.Operation operation) {
    if (operation.key() == null) {
      return;
    }
    Map<String, AttributeValue> item =
        reference
            .getItem(
                GetItemRequest.builder(operation.table(), operation.key())
                    .consistentRead(true)
                    .build())
            .item();
    if (item == null) {
      emulator.deleteItem(DeleteItemRequest.builder(operation.table(), operation.key()).build());
    } else {
      emulator.putItem(PutItemRequest.builder(operation.table(), item).build());
    }
  }

  private static Outcome apply(Engine engine, RandomOperations.Operation operation) {
    try {
      return Outcome.of(operation.run().apply(engine));
    } catch (KeyspanException error) {
      return Outcome.of(error);
    }
  }

  private static void drop(Engine engine, String table) {
    try {
      engine.deleteTable(new DeleteTableRequest(table));
    } catch (ResourceNotFoundException alreadyGone) {
      // never created
    }
  }

  int compared() {
    return compared;
  }

  Map<String, Integer> allowed() {
    return allowed;
  }

  Map<String, Integer> perKind() {
    return perKind;
  }

  List<Divergence> divergences() {
    return divergences;
  }

  // ---------------------------------------------------------------- allow-list helpers

  /** Rewrites the consumed capacity wherever a result carries one. */
  static Correction onCapacity(BinaryOperator<ConsumedCapacity> correct) {
    return (context, expected, actual) -> {
      Object want = expected.result();
      Object got = actual.result();
      if (want instanceof WriteResponse w
          && got instanceof WriteResponse g
          && w.consumedCapacity() != null
          && g.consumedCapacity() != null) {
        return Outcome.of(
            new WriteResponse(
                g.attributes(), correct.apply(w.consumedCapacity(), g.consumedCapacity())));
      }
      if (want instanceof GetItemResponse w
          && got instanceof GetItemResponse g
          && w.consumedCapacity() != null
          && g.consumedCapacity() != null) {
        return Outcome.of(
            new GetItemResponse(
                g.item(), correct.apply(w.consumedCapacity(), g.consumedCapacity())));
      }
      if (want instanceof List<?> w
          && got instanceof List<?> g
          && w.size() == g.size()
          && !w.isEmpty()
          && w.get(0) instanceof PageResponse) {
        List<Object> pages = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
          PageResponse wp = (PageResponse) w.get(i);
          PageResponse gp = (PageResponse) g.get(i);
          pages.add(
              wp.consumedCapacity() == null || gp.consumedCapacity() == null
                  ? gp
                  : new PageResponse(
                      gp.items(),
                      gp.count(),
                      gp.scannedCount(),
                      gp.lastEvaluatedKey(),
                      correct.apply(wp.consumedCapacity(), gp.consumedCapacity())));
        }
        return Outcome.of(pages);
      }
      return actual;
    };
  }

  /** Rewrites a write's response. */
  static Correction onWrite(BinaryOperator<WriteResponse> correct) {
    return (context, expected, actual) ->
        expected.result() instanceof WriteResponse want
                && actual.result() instanceof WriteResponse got
            ? Outcome.of(correct.apply(want, got))
            : actual;
  }

  /** Rewrites a read's response. */
  static Correction onGet(BinaryOperator<GetItemResponse> correct) {
    return (context, expected, actual) ->
        expected.result() instanceof GetItemResponse want
                && actual.result() instanceof GetItemResponse got
            ? Outcome.of(correct.apply(want, got))
            : actual;
  }
}
