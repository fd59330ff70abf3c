package io.keyspan.test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One registered fault: which calls it matches, how many of them it hits, and what it does.
 *
 * @param operations the operations it targets; empty for all
 * @param table the table a call must touch; null for any
 * @param call a condition on the whole call; null for none
 * @param item the items the fault concerns; null for all items of the call
 * @param limit how many calls it hits at most; {@link Integer#MAX_VALUE} for every one
 * @param probability the chance that it hits a matching call, drawn from the seeded generator
 */
record FaultRule(
    Set<Operation> operations,
    String table,
    Predicate<EngineCall> call,
    Predicate<EngineCall.Item> item,
    int limit,
    double probability,
    Fault fault) {

  FaultRule {
    operations = Set.copyOf(operations);
  }

  boolean matchesCall(EngineCall engineCall) {
    return (operations.isEmpty() || operations.contains(engineCall.operation()))
        && (table == null || engineCall.tables().contains(table))
        && (call == null || call.test(engineCall));
  }

  /** The items of the call this fault concerns, within the rule's table. */
  List<EngineCall.Item> affected(EngineCall engineCall) {
    return engineCall.items().stream()
        .filter(i -> table == null || i.table().equals(table))
        .filter(i -> item == null || item.test(i))
        .toList();
  }
}
