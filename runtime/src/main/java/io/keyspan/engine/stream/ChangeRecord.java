package io.keyspan.engine.stream;

import io.keyspan.engine.table.StreamViewType;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One stream record: a single item's change
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html and
 * API_streams_StreamRecord.html).
 *
 * @param eventId unique within the stream
 * @param sequenceNumber decimal digits; greater for later records of the same shard
 * @param oldImage the item before the change, when the view type carries it and there was one;
 *     otherwise null
 * @param newImage the item after the change, when the view type carries it and there is one;
 *     otherwise null
 * @param sizeBytes the size of the keys and the images carried
 * @param approximateCreationDateTime when the change was made, by the engine's clock
 * @param userIdentity null for changes made by requests; {@link UserIdentity#TIME_TO_LIVE} for
 *     deletions by time to live
 */
public record ChangeRecord(
    String eventId,
    EventName eventName,
    String sequenceNumber,
    Map<String, AttributeValue> keys,
    Map<String, AttributeValue> oldImage,
    Map<String, AttributeValue> newImage,
    long sizeBytes,
    Instant approximateCreationDateTime,
    StreamViewType streamViewType,
    UserIdentity userIdentity) {
  public ChangeRecord {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    keys = Map.copyOf(keys);
    oldImage = oldImage == null ? null : Map.copyOf(oldImage);
    newImage = newImage == null ? null : Map.copyOf(newImage);
    Objects.requireNonNull(approximateCreationDateTime, "approximateCreationDateTime");
    Objects.requireNonNull(streamViewType, "streamViewType");
  }
}
