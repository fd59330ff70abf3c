package io.keyspan.server.internal;

import java.time.Duration;

/**
 * Counts the requests being handled, so a graceful shutdown can wait for them before it closes the
 * connections.
 */
final class InFlight {
  private int active;

  /** Waits until no request is in progress, or the timeout passes. */
  synchronized void awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (active > 0) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return;
      }
      try {
        wait(Math.max(1, remaining / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  synchronized void enter() {
    active++;
  }

  synchronized void exit() {
    active--;
    if (active == 0) {
      notifyAll();
    }
  }
}
