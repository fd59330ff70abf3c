package io.keyspan.processor.it.multikey;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.repository.Page;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generated repository over a global index whose partition key is (tournament, region) and whose
 * sort key is (round, bracket), run on the in-memory engine: the table is created with the
 * multi-attribute key schema, and each generated overload queries one legal prefix of the key.
 */
class MultiAttributeIndexTest {
  private final Keyspan db = Keyspan.inMemory();
  private final MatchRepository matches = new MatchRepository(db);
  private TableDescription table;

  @BeforeEach
  void fill() {
    table = matches.createTable();
    matches.put(new Match("m1", "upper", "w24", 2, "eu", "ann"));
    matches.put(new Match("m2", "lower", "w24", 1, "eu", "bob"));
    matches.put(new Match("m3", "upper", "w24", 1, "eu", "cid"));
    matches.put(new Match("m4", "lower", "w24", 2, "eu", "dan"));
    matches.put(new Match("m5", "upper", "w24", 1, "na", "eve"));
    matches.put(new Match("m6", "upper", "s25", 1, "eu", "fay"));
    matches.put(new Match("m7", "upper", "w24", 3, null, "gus")); // no region: not indexed
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void createTable_declaresTheIndexKeyAttributesInTheirDeclaredOrder() {
    IndexDescription index = table.globalSecondaryIndexes().get(0);
    assertThat(index.keySchema())
        .containsExactly(
            KeySchemaElement.hash("tournament"),
            KeySchemaElement.hash("region"),
            KeySchemaElement.range("round"),
            KeySchemaElement.range("bracket"))
        .inOrder();
  }

  @Test
  void partitionAttributesOnly_readsThePartitionInRoundThenBracketOrder() {
    assertThat(ids(matches.queryByBracket("w24", "eu").list()))
        .containsExactly("m2", "m3", "m4", "m1")
        .inOrder();
    assertThat(ids(matches.queryByBracket("w24", "eu").descending().list()))
        .containsExactly("m1", "m4", "m3", "m2")
        .inOrder();
  }

  @Test
  void rangeOnTheFirstSortAttribute() {
    assertThat(ids(matches.queryByBracket("w24", "eu").sortKey(round -> round.ge(2)).list()))
        .containsExactly("m4", "m1")
        .inOrder();
  }

  @Test
  void firstSortAttributeFixed_rangeOnTheNext() {
    assertThat(ids(matches.queryByBracket("w24", "eu", 1).list()))
        .containsExactly("m2", "m3")
        .inOrder();
    assertThat(
            ids(
                matches
                    .queryByBracket("w24", "eu", 2)
                    .sortKey(bracket -> bracket.beginsWith("up"))
                    .list()))
        .containsExactly("m1");
  }

  @Test
  void everyKeyAttributeFixed() {
    assertThat(ids(matches.queryByBracket("w24", "eu", 2, "lower").list())).containsExactly("m4");
    assertThat(matches.queryByBracket("w24", "eu", 2, "lower").request().keyCondition().terms())
        .hasSize(4);
    assertThat(
            matches
                .queryByBracket("w24", "eu", 2)
                .sortKey(bracket -> bracket.beginsWith("up"))
                .explain()
                .expression("KeyConditionExpression"))
        .hasValue("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND begins_with(#n3, :v3)");
  }

  @Test
  void itemWithoutEveryKeyAttribute_isNotInTheIndex() {
    assertThat(matches.queryByBracket("w24", "na").count()).isEqualTo(1);
    assertThat(matches.scan().list()).hasSize(7);
  }

  @Test
  void pageCutByTheLimit_resumesAfterTheLastItem_andProjectionsKeepTheIndexKeys() {
    Page<Match> first = matches.queryByBracket("w24", "eu").limit(3).page();
    assertThat(ids(first.items())).containsExactly("m2", "m3", "m4").inOrder();
    List<Match> rest =
        matches.queryByBracket("w24", "eu").startAfter(first.cursor().orElseThrow()).list();
    assertThat(ids(rest)).containsExactly("m1");
    Match projected =
        matches.queryByBracket("w24", "eu", 2, "upper").project(MatchSchema.WINNER).first().get();
    assertThat(projected).isEqualTo(new Match("m1", "upper", "w24", 2, "eu", "ann"));
  }

  @Test
  void multiAttributePartitionKeyWithoutSortKey_takesEveryPartitionAttribute() {
    assertThat(table.globalSecondaryIndexes().get(1).keySchema())
        .containsExactly(KeySchemaElement.hash("tournament"), KeySchemaElement.hash("region"))
        .inOrder();
    assertThat(ids(matches.queryByRegion("w24", "eu").list()))
        .containsExactly("m1", "m2", "m3", "m4");
  }

  @Test
  void declaredQueries_runTheirLegalKeyConditions() {
    MatchQueries queries = db.repository(MatchQueries.class);
    assertThat(ids(queries.fromRound("w24", "eu", 2))).containsExactly("m4", "m1").inOrder();
    assertThat(ids(queries.bracketsBetween("w24", "eu", 1, "a", "m"))).containsExactly("m2");
  }

  private static List<String> ids(List<Match> items) {
    return items.stream().map(Match::matchId).toList();
  }
}
