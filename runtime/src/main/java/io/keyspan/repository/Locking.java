package io.keyspan.repository;

import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.OptimisticLockingException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a failed version condition into an {@link OptimisticLockingException}. The item's
 * description is made only then, so a write that succeeds never renders its key.
 */
final class Locking {
  private Locking() {}

  static <R> R run(
      WritePlanner planner,
      boolean versioned,
      Optional<BigDecimal> expected,
      Supplier<String> item,
      Supplier<R> write) {
    try {
      return write.get();
    } catch (ConditionalCheckFailedException e) {
      if (versioned && planner.versionConflict(expected, e.item())) {
        String found =
            e.item().map(stored -> planner.versionOf(stored).toPlainString()).orElse("no item");
        throw new OptimisticLockingException(
            "Optimistic locking failed for "
                + item.get()
                + ": expected "
                + expected.map(v -> "version " + v.toPlainString()).orElse("no stored item")
                + ", found "
                + (e.item().isPresent() ? "version " + found : found)
                + ". Another writer changed it; read the item again and retry.",
            e);
      }
      throw e;
    }
  }
}
