package io.keyspan.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it. Give it to a Keyspan handle ({@code
 * Keyspan.builder().clock(clock)}) and time to live expiry, {@code @CreatedAt}/{@code @UpdatedAt}
 * timestamps and idempotency windows follow it:
 *
 * <pre>{@code
 * TestClock clock = TestClock.start();                // 2025-01-01T00:00:00Z
 * sessions.put(new Session("s1", clock.instant().plusSeconds(60)));
 * clock.advance(Duration.ofMinutes(2));               // the session has expired
 * }</pre>
 *
 * <p>Thread-safe. Always in UTC.
 */
public final class TestClock extends Clock {
  /** Where every {@link #start()} clock begins: a fixed instant, so runs are repeatable. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;

  private TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** A clock at {@link #DEFAULT_START}. */
  public static TestClock start() {
    return at(DEFAULT_START);
  }

  /** A clock at {@code start}. */
  public static TestClock at(Instant start) {
    return new TestClock(Objects.requireNonNull(start, "start"));
  }

  /** Moves time forward by {@code duration}, and returns the new instant. */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "A test clock only moves forward by advance(); got "
              + duration
              + ". Use set(instant) to go back.");
    }
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets the time, forward or back. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock itself: its zone is always UTC, and a second clock would not move with it. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone.normalized())) {
      throw new UnsupportedOperationException("A test clock is in UTC; asked for " + zone);
    }
    return this;
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "]";
  }
}
