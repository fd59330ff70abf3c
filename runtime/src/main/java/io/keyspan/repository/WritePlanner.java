package io.keyspan.repository;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.schema.CounterDefinition;
import io.keyspan.schema.TableDefinition;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the attributes Keyspan maintains into each write: the optimistic-locking version, atomic
 * counters, creation and update timestamps. Pure functions of the definition, the item and the
 * clock's instant, so every rule is unit-testable.
 */
final class WritePlanner {
  private final TableDefinition definition;
  private final boolean maintainsAttributes;

  WritePlanner(TableDefinition definition) {
    this.definition = definition;
    this.maintainsAttributes =
        definition.versionAttribute().isPresent()
            || !definition.counters().isEmpty()
            || definition.createdAt().isPresent()
            || definition.updatedAt().isPresent();
  }

  /**
   * A put: the item to store, in the values of the codec it was written with, and the condition its
   * version requires (null when unversioned).
   */
  record PlannedPut<N>(
      Map<String, N> item, Condition condition, Optional<BigDecimal> expectedVersion) {}

  /**
   * Plans a put of an item written with {@code codec}: the maintained attributes are added in the
   * codec's values and the version is read from them, so an engine's own item is planned without a
   * Keyspan item. An item of a table without maintained attributes is returned as it is.
   */
  <N> PlannedPut<N> put(Map<String, N> item, ValueCodec<N> codec, Instant now) {
    if (!maintainsAttributes) {
      return new PlannedPut<>(item, null, Optional.empty());
    }
    Map<String, N> planned = new LinkedHashMap<>(item);
    for (CounterDefinition counter : definition.counters()) {
      planned.put(counter.name(), codec.of(AttributeValue.n(counter.start())));
    }
    definition.createdAt().ifPresent(c -> planned.putIfAbsent(c.name(), codec.of(c.valueAt(now))));
    definition.updatedAt().ifPresent(u -> planned.put(u.name(), codec.of(u.valueAt(now))));
    if (definition.versionAttribute().isEmpty()) {
      return new PlannedPut<>(planned, null, Optional.empty());
    }
    String version = definition.versionAttribute().get();
    BigDecimal current = versionOf(item, codec);
    planned.put(version, codec.of(AttributeValue.n(current.add(BigDecimal.ONE))));
    if (current.signum() == 0) {
      return new PlannedPut<>(
          planned,
          new Condition.AttributeNotExists(Path.of(definition.partitionKey().name())),
          Optional.empty());
    }
    return new PlannedPut<>(planned, versionEquals(current), Optional.of(current));
  }

  /**
   * The condition a delete of a read item needs: its version still stored; null when unversioned.
   */
  Condition delete(Map<String, AttributeValue> item) {
    return definition.versionAttribute().isPresent() ? versionEquals(versionOf(item)) : null;
  }

  /** The SET actions every update carries for the maintained attributes. */
  List<UpdateExpression.SetAction> update(Instant now) {
    List<UpdateExpression.SetAction> actions = new java.util.ArrayList<>();
    definition.versionAttribute().ifPresent(v -> actions.add(increment(v, 0, 1)));
    for (CounterDefinition counter : definition.counters()) {
      actions.add(increment(counter.name(), counter.start() - counter.delta(), counter.delta()));
    }
    definition
        .createdAt()
        .ifPresent(
            c ->
                actions.add(
                    new UpdateExpression.SetAction(
                        Path.of(c.name()),
                        new UpdateValue.IfNotExists(
                            Path.of(c.name()), new Literal(c.valueAt(now))))));
    definition
        .updatedAt()
        .ifPresent(
            u ->
                actions.add(
                    new UpdateExpression.SetAction(
                        Path.of(u.name()), new Literal(u.valueAt(now)))));
    return actions;
  }

  Condition versionEquals(BigDecimal expected) {
    return new Condition.Compare(
        Path.of(definition.versionAttribute().orElseThrow()),
        ComparisonOperator.EQ,
        new Literal(AttributeValue.n(expected)));
  }

  /** The item's version: 0 when absent (a new object). */
  BigDecimal versionOf(Map<String, AttributeValue> item) {
    return versionOf(item, ValueCodec.keyspan());
  }

  /** The version of an item in a codec's values: 0 when absent (a new object). */
  private <N> BigDecimal versionOf(Map<String, N> item, ValueCodec<N> codec) {
    N value = item.get(definition.versionAttribute().orElseThrow());
    String text = value == null ? null : codec.numberOf(value);
    return text == null ? BigDecimal.ZERO : new BigDecimal(text);
  }

  /**
   * Whether a failed condition was the version's: the stored item is newer, or exists when new was
   * expected.
   */
  boolean versionConflict(
      Optional<BigDecimal> expected, Optional<Map<String, AttributeValue>> stored) {
    if (stored.isEmpty()) {
      return expected.isPresent();
    }
    return expected.isEmpty() || versionOf(stored.get()).compareTo(expected.get()) != 0;
  }

  private static UpdateExpression.SetAction increment(String attribute, long base, long delta) {
    Path path = Path.of(attribute);
    return new UpdateExpression.SetAction(
        path,
        new UpdateValue.Plus(
            new UpdateValue.IfNotExists(path, new Literal(AttributeValue.n(base))),
            new Literal(AttributeValue.n(delta))));
  }
}
