package io.keyspan.repository.changes;

import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item's change, read from the table's stream, with the item as Java objects.
 *
 * @param eventName INSERT, MODIFY or REMOVE
 * @param keys the item's key attributes
 * @param oldItem the item before the change; empty for an INSERT, or when the stream's view type
 *     (KEYS_ONLY, NEW_IMAGE) does not carry old images
 * @param newItem the item after the change; empty for a REMOVE, or when the view type (KEYS_ONLY,
 *     OLD_IMAGE) does not carry new images
 * @param sequenceNumber the record's position in its shard
 * @param approximateCreationTime when the change was made, by the engine's clock
 * @param userIdentity who made the change when it was not a request: DynamoDB's service identity
 *     for deletions by time to live
 *     (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-streams.html)
 * @param <T> the item type
 */
public record Change<T>(
    EventName eventName,
    Map<String, AttributeValue> keys,
    Optional<T> oldItem,
    Optional<T> newItem,
    String sequenceNumber,
    Instant approximateCreationTime,
    Optional<UserIdentity> userIdentity) {
  public Change {
    Objects.requireNonNull(eventName, "eventName");
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys)); // in the record's order
    Objects.requireNonNull(oldItem, "oldItem");
    Objects.requireNonNull(newItem, "newItem");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(approximateCreationTime, "approximateCreationTime");
    Objects.requireNonNull(userIdentity, "userIdentity");
  }

  /** Whether time to live deleted the item, rather than a request. */
  public boolean isTimeToLiveDeletion() {
    return eventName == EventName.REMOVE
        && userIdentity.filter(UserIdentity.TIME_TO_LIVE::equals).isPresent();
  }
}
