package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionRenderer;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.schema.Converters;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.TimestampDefinition;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WritePlannerTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final TableDefinition DEFINITION =
      TableDefinition.builder("T", KeyDefinition.of("Id", ScalarAttributeType.S))
          .version("Version")
          .counter("Views", 10, 2)
          .createdAt(TimestampDefinition.of("Created", Converters.INSTANT, Function.identity()))
          .updatedAt(TimestampDefinition.of("Updated", Converters.LONG, Instant::toEpochMilli))
          .build();
  private final WritePlanner planner = new WritePlanner(DEFINITION);

  @Test
  void putOfNewItem_requiresAbsence_storesVersionOneCounterStartAndBothTimestamps() {
    WritePlanner.PlannedPut<AttributeValue> put =
        planner.put(
            Map.of("Id", AttributeValue.s("a"), "Views", AttributeValue.n(99)),
            ValueCodec.keyspan(),
            NOW);
    assertThat(put.condition()).isEqualTo(new Condition.AttributeNotExists(Path.of("Id")));
    assertThat(put.item()).containsEntry("Version", AttributeValue.n(1));
    assertThat(put.item()).containsEntry("Views", AttributeValue.n(10));
    assertThat(put.item())
        .containsEntry("Created", AttributeValue.s("2026-01-01T00:00:00.000000000Z"));
    assertThat(put.item()).containsEntry("Updated", AttributeValue.n(NOW.toEpochMilli()));
    assertThat(put.expectedVersion()).isEmpty();
  }

  @Test
  void putOfReadItem_requiresItsVersion_keepsCreation_andStoresTheNextVersion() {
    Map<String, AttributeValue> read =
        Map.of(
            "Id",
            AttributeValue.s("a"),
            "Version",
            AttributeValue.n(4),
            "Created",
            AttributeValue.s("2020-01-01T00:00:00.000000000Z"));
    WritePlanner.PlannedPut<AttributeValue> put = planner.put(read, ValueCodec.keyspan(), NOW);
    assertThat(put.condition())
        .isEqualTo(
            new Condition.Compare(
                Path.of("Version"), ComparisonOperator.EQ, new Literal(AttributeValue.n(4))));
    assertThat(put.item()).containsEntry("Version", AttributeValue.n(5));
    assertThat(put.item())
        .containsEntry("Created", AttributeValue.s("2020-01-01T00:00:00.000000000Z"));
  }

  @Test
  void update_incrementsVersionAndCounter_andSetsTimestamps() {
    List<UpdateExpression.SetAction> actions = planner.update(NOW);
    String rendered =
        new ExpressionRenderer()
            .render(new UpdateExpression(actions, List.of(), List.of(), List.of()));
    assertThat(rendered)
        .isEqualTo(
            "SET #n0 = if_not_exists(#n0, :v0) + :v1, #n1 = if_not_exists(#n1, :v2) + :v3, "
                + "#n2 = if_not_exists(#n2, :v4), #n3 = :v5");
  }

  @Test
  void versionConflict_isADifferentStoredVersionOrAnItemWhereNoneWasExpected() {
    Map<String, AttributeValue> stored = Map.of("Version", AttributeValue.n(3));
    assertThat(planner.versionConflict(Optional.of(BigDecimal.valueOf(2)), Optional.of(stored)))
        .isTrue();
    assertThat(planner.versionConflict(Optional.of(BigDecimal.valueOf(3)), Optional.of(stored)))
        .isFalse();
    assertThat(planner.versionConflict(Optional.empty(), Optional.of(stored))).isTrue();
    assertThat(planner.versionConflict(Optional.of(BigDecimal.ONE), Optional.empty())).isTrue();
  }

  @Test
  void unversionedTable_putHasNoCondition() {
    WritePlanner plain =
        new WritePlanner(
            TableDefinition.builder("T", KeyDefinition.of("Id", ScalarAttributeType.S)).build());
    Map<String, AttributeValue> item = Map.of("Id", AttributeValue.s("a"));
    WritePlanner.PlannedPut<AttributeValue> put = plain.put(item, ValueCodec.keyspan(), NOW);
    assertThat(put.condition()).isNull();
    assertThat(put.item()).isSameInstanceAs(item);
    assertThat(plain.update(NOW)).isEmpty();
  }
}
