package io.keyspan.memory;

/**
 * Group commit over a {@link WriteAheadLog}: writers append under the engine's lock (so the log's
 * order is the commit order), then, outside it, wait for a force that covers their record. The
 * first waiter forces the log; those who append meanwhile wait for it and then share the next
 * force, so under concurrent writes one fsync acknowledges many writes, and a writer waits for at
 * most two forces. No timer is involved: a lone writer pays one fsync and no delay.
 *
 * <p>Tickets count the bytes appended since the engine opened, across log rotations, so a ticket
 * stays meaningful after a snapshot replaced the log (a snapshot makes every earlier ticket
 * durable).
 */
final class GroupCommitLog {
  private WriteAheadLog log;
  private long appended;
  private long durable;
  private boolean forcing;
  private RuntimeException failure;

  GroupCommitLog(WriteAheadLog log) {
    this.log = log;
  }

  /** Appends one record and returns the ticket that covers it. */
  synchronized long append(byte[] payload) {
    checkHealthy();
    try {
      log.append(payload);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
    appended += LogRecordFormat.HEADER_BYTES + payload.length;
    return appended;
  }

  /** The ticket that covers every record appended so far. */
  synchronized long appended() {
    return appended;
  }

  /** Returns once every record up to {@code ticket} is forced to the device. */
  void awaitDurable(long ticket) {
    WriteAheadLog forced;
    long target;
    synchronized (this) {
      while (true) {
        checkHealthy();
        if (durable >= ticket) {
          return;
        }
        if (!forcing) {
          break;
        }
        waitForTurn();
      }
      forcing = true;
      forced = log;
      target = appended;
    }
    RuntimeException failed = null;
    try {
      forced.force();
    } catch (RuntimeException e) {
      failed = e;
    }
    synchronized (this) {
      forcing = false;
      if (failed == null) {
        durable = Math.max(durable, target);
      } else {
        failure = failed;
      }
      notifyAll();
    }
    checkHealthy();
  }

  /**
   * Continues in {@code next} once a durable snapshot holds everything appended so far, closing the
   * current log; every ticket handed out is durable from now on.
   */
  synchronized void rotate(WriteAheadLog next) {
    while (forcing) {
      waitForTurn();
    }
    log.close();
    log = next;
    durable = appended;
    notifyAll();
  }

  /** Forces and closes the log. */
  synchronized void close() {
    while (forcing) {
      waitForTurn();
    }
    log.close();
  }

  private void checkHealthy() {
    if (failure != null) {
      throw new IllegalStateException(
          "The write-ahead log failed earlier; no write can be made durable: "
              + failure.getMessage(),
          failure);
    }
  }

  private void waitForTurn() {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while waiting for the write-ahead log; the write may not be durable", e);
    }
  }
}
