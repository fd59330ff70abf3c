package io.keyspan.dynamodb;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Exponential backoff with full jitter ("AWS Architecture Blog: Exponential Backoff And Jitter"):
 * before retry {@code n} (from 0) it waits a random time between zero and {@code min(cap, base *
 * 2^n)}, for at most {@code maxRetries} retries.
 *
 * @param jitter picks a wait in {@code [0, bound]} milliseconds; tests pass a fixed choice
 * @param sleeper waits the given time; tests record instead of sleeping
 */
record Backoff(
    Duration base, Duration cap, int maxRetries, LongUnaryOperator jitter, Sleeper sleeper) {

  /**
   * What the batch operations use: up to 8 retries, 25 ms doubling up to 2 s (about 6 s in all).
   */
  static Backoff standard() {
    return new Backoff(
        Duration.ofMillis(25),
        Duration.ofSeconds(2),
        8,
        bound -> ThreadLocalRandom.current().nextLong(bound + 1),
        millis -> Thread.sleep(millis));
  }

  /**
   * Sends {@code pending} and then what each answer leaves unprocessed, pausing before every
   * resend, until nothing is left or the retries run out; returns what is still unprocessed.
   */
  <P extends Map<?, ?>> P resend(P pending, UnaryOperator<P> send) {
    P left = send.apply(pending);
    for (int retries = 0; !left.isEmpty() && retries < maxRetries; retries++) {
      pause(retries);
      left = send.apply(left);
    }
    return left;
  }

  /** Waits before retry number {@code retry}, counted from 0. */
  void pause(int retry) {
    long exponential = base.toMillis() << Math.min(retry, 30);
    long bound = Math.min(cap.toMillis(), exponential < 0 ? Long.MAX_VALUE : exponential);
    try {
      sleeper.sleep(jitter.applyAsLong(bound));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry a batch", e);
    }
  }

  /** Waits a number of milliseconds. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }
}
