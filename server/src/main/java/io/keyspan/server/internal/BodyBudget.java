package io.keyspan.server.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies all connections may hold at once. A request reserves its declared
 * length (or the per-request bound when the length is not declared) before its body is read, and
 * releases it once answered, so many large requests at once get 503 instead of exhausting memory.
 */
final class BodyBudget {
  private final long capacity;
  private final AtomicLong reserved = new AtomicLong();

  BodyBudget(long capacity) {
    this.capacity = capacity;
  }

  /** Reserves the bytes if they fit. */
  boolean tryReserve(long bytes) {
    while (true) {
      long current = reserved.get();
      if (current + bytes > capacity) {
        return false;
      }
      if (reserved.compareAndSet(current, current + bytes)) {
        return true;
      }
    }
  }

  void release(long bytes) {
    reserved.addAndGet(-bytes);
  }

  long capacity() {
    return capacity;
  }
}
