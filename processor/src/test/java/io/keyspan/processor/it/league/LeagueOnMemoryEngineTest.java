package io.keyspan.processor.it.league;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.schema.KeyDefinition;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A multi-attribute index of a single table on the in-memory engine: members store its key
 * attributes, a null one leaves the item out, and each member's typed prefix queries return only
 * its own items.
 */
class LeagueOnMemoryEngineTest {
  private static final Team ANTS = new Team("ants", "north", 2025, 30);
  private static final Team BEES = new Team("bees", "north", 2025, 42);
  private static final Team CATS = new Team("cats", "north", 2025, 42);
  private static final Team OLD = new Team("owls", "north", 2024, 50);
  private static final Team UNRANKED = new Team("yaks", null, 2025, 99);
  private static final Forecast GUESS = new Forecast("ants", "north", 2025, 42, "pundit");

  private TeamRepository teams;
  private ForecastRepository forecasts;

  @BeforeEach
  void fillTheLeague() {
    Keyspan db = Keyspan.builder().uri("memory:").build();
    new LeagueItemTable(db).createTable();
    teams = new TeamRepository(db);
    forecasts = new ForecastRepository(db);
    List.of(ANTS, BEES, CATS, OLD, UNRANKED).forEach(teams::put);
    forecasts.put(GUESS);
    new PlayerRepository(db).put(new Player("ants", "ann"));
  }

  @Test
  void theTableDefinition_declaresTheIndexAttributesInOrderWithTheirTypes() {
    IndexDefinition index = LeagueItemSchema.TABLE.table().indexes().get(0);
    assertThat(index.partitionKeys())
        .containsExactly(
            KeyDefinition.of("league", ScalarAttributeType.S),
            KeyDefinition.of("season", ScalarAttributeType.N))
        .inOrder();
    assertThat(index.sortKeys())
        .containsExactly(
            KeyDefinition.of("points", ScalarAttributeType.N),
            KeyDefinition.of("team", ScalarAttributeType.S))
        .inOrder();
  }

  @Test
  void thePartitionQuery_returnsOnlyTeams_inSortOrder_withoutTheSparseOne() {
    assertThat(teams.queryByLeague("north", 2025).list())
        .containsExactly(ANTS, BEES, CATS)
        .inOrder();
    assertThat(forecasts.queryByLeague("north", 2025).list()).containsExactly(GUESS);
  }

  @Test
  void aRangeOnTheNextSortAttribute_andLongerPrefixes() {
    assertThat(teams.queryByLeague("north", 2025).sortKey(points -> points.ge(40)).list())
        .containsExactly(BEES, CATS)
        .inOrder();
    assertThat(teams.queryByLeague("north", 2025, 42).list()).containsExactly(BEES, CATS).inOrder();
    assertThat(teams.queryByLeague("north", 2025, 42).sortKey(team -> team.beginsWith("c")).list())
        .containsExactly(CATS);
    assertThat(teams.queryByLeague("north", 2025, 42, "bees").list()).containsExactly(BEES);
  }
}
