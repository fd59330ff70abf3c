package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The test clock stands still, moves on request, and drives time to live and timestamps. */
@KeyspanTest(tables = {User.class, Session.class})
class TestClockTest {

  @Test
  void standsStillUntilMoved() {
    TestClock clock = TestClock.start();
    assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(clock.advance(Duration.ofSeconds(90)))
        .isEqualTo(Instant.parse("2025-01-01T00:01:30Z"));
    clock.set(Instant.parse("2024-06-01T00:00:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z").toEpochMilli());
  }

  @Test
  void refusesToMoveBackByAdvance_orToChangeZone() {
    TestClock clock = TestClock.start();
    IllegalArgumentException back =
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    assertThat(back).hasMessageThat().contains("only moves forward");
    assertThat(clock.withZone(ZoneId.of("UTC"))).isSameInstanceAs(clock);
    assertThrows(
        UnsupportedOperationException.class, () -> clock.withZone(ZoneId.of("Europe/Paris")));
  }

  @Test
  void timeToLive_expiresTheItemWhenTheClockPassesIt(SessionRepository sessions, TestClock clock) {
    sessions.put(new Session("s1", clock.instant().plusSeconds(60)));
    clock.advance(Duration.ofSeconds(59));
    assertThat(sessions.get("s1")).isPresent();

    clock.advance(Duration.ofSeconds(2));

    assertThat(sessions.get("s1")).isEmpty();
  }

  @Test
  void timestamps_areTheClocksTime(UserRepository users, TestClock clock) {
    clock.advance(Duration.ofDays(3));
    users.put(User.of("u1", "Ann"));
    assertThat(users.get("u1").orElseThrow().createdAt())
        .isEqualTo(Instant.parse("2025-01-04T00:00:00Z"));
  }
}
