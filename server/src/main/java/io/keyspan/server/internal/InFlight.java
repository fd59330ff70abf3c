package io.keyspan.server.internal;

import com.sun.net.httpserver.HttpHandler;
import java.time.Duration;

/**
 * Counts the requests being handled, so a graceful shutdown can wait for them: the JDK's
 * {@code HttpServer.stop} would otherwise cut connections mid-response or wait the whole delay.
 */
public final class InFlight {
  private int active;

  /** The handler, counted while it runs. */
  public HttpHandler counting(HttpHandler handler) {
    return exchange -> {
      enter();
      try {
        handler.handle(exchange);
      } finally {
        exit();
      }
    };
  }

  /** Waits until no request is in progress, or the timeout passes. */
  public synchronized void awaitIdle(Duration timeout) {
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

  private synchronized void enter() {
    active++;
  }

  private synchronized void exit() {
    active--;
    if (active == 0) {
      notifyAll();
    }
  }
}
