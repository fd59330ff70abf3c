package io.keyspan.dynamodb;

import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.exception.ResourceInUseException;
import io.keyspan.exception.ResourceNotFoundException;
import java.time.Duration;
import java.util.function.Function;

/**
 * Waits for a table change to finish by polling DescribeTable: first at once, then at intervals
 * growing from 20 ms to 2 s (quick on an emulator, patient on DynamoDB, where creating a table
 * takes seconds), for at most ten minutes.
 */
final class TableWaiter {
  private static final long FIRST_INTERVAL_MILLIS = 20;
  private static final long MAX_INTERVAL_MILLIS = 2_000;
  private static final long TIMEOUT_MILLIS = Duration.ofMinutes(10).toMillis();

  private final Function<String, TableDescription> describe;
  private final Backoff.Sleeper sleeper;

  TableWaiter(Function<String, TableDescription> describe, Backoff.Sleeper sleeper) {
    this.describe = describe;
    this.sleeper = sleeper;
  }

  /** The table's description once it and all its global secondary indexes are ACTIVE. */
  TableDescription untilActive(String tableName) {
    long waited = 0;
    for (long interval = FIRST_INTERVAL_MILLIS;
        ;
        interval = Math.min(interval * 2, MAX_INTERVAL_MILLIS)) {
      TableDescription table = describe.apply(tableName);
      if (isActive(table)) {
        return table;
      }
      waited += sleep(interval, tableName, waited);
    }
  }

  /** Returns once DescribeTable no longer finds the table. */
  void untilDeleted(String tableName) {
    long waited = 0;
    for (long interval = FIRST_INTERVAL_MILLIS;
        ;
        interval = Math.min(interval * 2, MAX_INTERVAL_MILLIS)) {
      try {
        describe.apply(tableName);
      } catch (ResourceNotFoundException gone) {
        return;
      }
      waited += sleep(interval, tableName, waited);
    }
  }

  private static boolean isActive(TableDescription table) {
    return table.tableStatus() == TableStatus.ACTIVE
        && table.globalSecondaryIndexes().stream()
            .map(IndexDescription::indexStatus)
            .allMatch(status -> status == null || status == TableStatus.ACTIVE);
  }

  private long sleep(long interval, String tableName, long waited) {
    if (waited >= TIMEOUT_MILLIS) {
      // DynamoDB answers operations on a table that is still changing with ResourceInUseException.
      throw new ResourceInUseException(
          "Table "
              + tableName
              + " did not finish changing within "
              + Duration.ofMillis(TIMEOUT_MILLIS)
              + "; it is still being created, updated or deleted");
    }
    try {
      sleeper.sleep(interval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for table " + tableName, e);
    }
    return interval;
  }
}
