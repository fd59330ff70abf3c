package io.keyspan.repository.changes;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link ChangeSubscription#poll()} found, in delivery order.
 *
 * @param checkpoint the position after these changes: store it once they are handled
 * @param <T> the item type
 */
public record ChangePage<T>(List<Change<T>> changes, Checkpoint checkpoint) {
  public ChangePage {
    changes = List.copyOf(changes);
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
