package io.keyspan.engine;

import java.time.Clock;
import java.util.Objects;

/**
 * What every engine receives when opened.
 *
 * @param clock the time source for time to live, idempotency windows and timestamps; tests pass a
 *     clock they control to move time forward
 */
public record EngineContext(Clock clock) {
  public EngineContext {
    Objects.requireNonNull(clock, "clock");
  }

  public static EngineContext systemDefault() {
    return new EngineContext(Clock.systemUTC());
  }
}
