package io.keyspan.dynamodb;

import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ResourceNotFoundException;
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
 * of the emulator from DynamoDB, which rewrites the emulator's outcome the way DynamoDB would
 * have answered. If that makes the pair equal, the difference is counted under the entry's name;
 * otherwise it is a divergence, and the seed's sequence stops there (later operations would only
 * repeat it).
 */
final class Differential {

  /** A documented deviation of an emulator, and how DynamoDB would have answered instead. */
  record Known(String name, String rule, BinaryOperator<Outcome> correct) {}

  /** An unexplained difference. */
  record Divergence(long seed, int index, String kind, String operation, Outcome reference, Outcome emulator) {
    @Override
    public String toString() {
      return "seed " + seed + " #" + index + " " + kind + "\n  operation: " + operation
          + "\n  in-memory: " + reference + "\n  emulator:  " + emulator;
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
    Outcome expected = apply(reference, operation);
    Outcome actual = apply(emulator, operation);
    compared++;
    perKind.merge(operation.kind(), 1, Integer::sum);
    if (expected.equals(actual)) {
      return true;
    }
    Outcome corrected = actual;
    List<String> used = new ArrayList<>();
    for (Known known : allowList) {
      Outcome next = known.correct().apply(expected, corrected);
      if (!next.equals(corrected)) {
        used.add(known.name());
        corrected = next;
      }
    }
    if (expected.equals(corrected)) {
      used.forEach(name -> allowed.merge(name, 1, Integer::sum));
      return true;
    }
    divergences.add(new Divergence(seed, index, operation.kind(), operation.description(), expected, actual));
    return false;
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
      engine.deleteTable(table);
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

  /** Rewrites a write's response. */
  static BinaryOperator<Outcome> onWrite(BinaryOperator<WriteResponse> correct) {
    return (expected, actual) -> expected.result() instanceof WriteResponse want
            && actual.result() instanceof WriteResponse got
        ? Outcome.of(correct.apply(want, got))
        : actual;
  }

  /** Rewrites a read's response. */
  static BinaryOperator<Outcome> onGet(BinaryOperator<GetItemResponse> correct) {
    return (expected, actual) -> expected.result() instanceof GetItemResponse want
            && actual.result() instanceof GetItemResponse got
        ? Outcome.of(correct.apply(want, got))
        : actual;
  }
}
