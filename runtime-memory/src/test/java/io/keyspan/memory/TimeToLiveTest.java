package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.engine.table.TimeToLiveStatus;
import io.keyspan.exception.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time to live (API UpdateTimeToLive: an item whose TTL attribute, epoch seconds, is less than the
 * current time is expired and deleted, and removed from every index). The engine deletes expired
 * items at the first operation after they expire, by the engine context's clock.
 */
class TimeToLiveTest {
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Fixtures.START);
  private final MemoryEngine engine = Fixtures.engine(clock);
  private final long now = Fixtures.START.getEpochSecond();

  private void createSessions() {
    engine.createTable(
        Fixtures.table(
            "Sessions",
            List.of(s("p"), s("uid")),
            List.of(KeySchemaElement.hash("p")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByUser", List.of(KeySchemaElement.hash("uid")), IndexProjection.ALL, null)),
            null));
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", "expires", true));
  }

  @Test
  void describe_reportsTheSetting() {
    createSessions();
    assertThat(engine.describeTimeToLive(new DescribeTimeToLiveRequest("Sessions")))
        .isEqualTo(new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "expires"));
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", "expires", false));
    assertThat(engine.describeTimeToLive(new DescribeTimeToLiveRequest("Sessions")))
        .isEqualTo(TimeToLiveDescription.DISABLED);
  }

  @Test
  void enablingTwice_isRejected() {
    createSessions();
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", "expires", true)));
    assertThat(error).hasMessageThat().isEqualTo("TimeToLive is already enabled");
  }

  @Test
  void expiredItems_vanishWhenTheClockPassesTheirTime_fromTableAndIndexes() {
    createSessions();
    put(engine, "Sessions", item("p", "a", "uid", "u", "expires", now + 60));
    put(engine, "Sessions", item("p", "b", "uid", "u", "expires", now + 600));
    put(engine, "Sessions", item("p", "c", "uid", "u"));
    clock.advanceSeconds(60);
    // Not yet: expiry is "less than the current time".
    assertThat(get(engine, "Sessions", item("p", "a"))).isNotNull();
    clock.advanceSeconds(1);
    assertThat(get(engine, "Sessions", item("p", "a"))).isNull();
    assertThat(userCount()).isEqualTo(2);
    assertThat(engine.describeTable(new DescribeTableRequest("Sessions")).itemCount()).isEqualTo(2);
    clock.advanceSeconds(10_000);
    assertThat(userCount()).isEqualTo(1);
  }

  private int userCount() {
    return engine
        .query(QueryRequest.builder("Sessions", key("uid = :v0", "u")).indexName("ByUser").build())
        .count();
  }

  @Test
  void nonNumericTtlAttribute_neverExpires() {
    createSessions();
    put(engine, "Sessions", item("p", "a", "expires", "yesterday"));
    clock.advanceSeconds(1_000_000);
    assertThat(get(engine, "Sessions", item("p", "a"))).isNotNull();
  }

  @Test
  void updatedExpiry_isHonoured() {
    createSessions();
    put(engine, "Sessions", item("p", "a", "expires", now + 10));
    put(engine, "Sessions", item("p", "a", "expires", now + 1000));
    clock.advanceSeconds(100);
    assertThat(get(engine, "Sessions", item("p", "a"))).isNotNull();
  }

  @Test
  void disabledTtl_keepsExpiredItems_andEnablingLaterDeletesThem() {
    engine.createTable(
        Fixtures.table("Plain", List.of(s("p")), List.of(KeySchemaElement.hash("p"))));
    put(engine, "Plain", item("p", "a", "expires", now - 1));
    assertThat(get(engine, "Plain", item("p", "a"))).isNotNull();
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Plain", "expires", true));
    assertThat(get(engine, "Plain", item("p", "a"))).isNull();
  }
}
