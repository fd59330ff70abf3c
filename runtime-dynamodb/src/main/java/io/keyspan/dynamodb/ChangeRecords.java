package io.keyspan.dynamodb;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * A DynamoDB Streams record from the SDK's model into the engine SPI's
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html).
 */
final class ChangeRecords {
  private ChangeRecords() {}

  static ChangeRecord fromSdk(Record record) {
    StreamRecord change = record.dynamodb();
    return new ChangeRecord(
        record.eventID(),
        EventName.valueOf(record.eventNameAsString()),
        change.sequenceNumber(),
        AttributeValues.fromSdk(change.keys()),
        change.hasOldImage() ? image(change.oldImage()) : null,
        change.hasNewImage() ? image(change.newImage()) : null,
        change.sizeBytes() == null ? 0 : change.sizeBytes(),
        // DynamoDB always sends the time; an emulator that leaves it out gets the epoch.
        change.approximateCreationDateTime() == null
            ? Instant.EPOCH
            : change.approximateCreationDateTime(),
        StreamViewType.valueOf(change.streamViewTypeAsString()),
        userIdentity(record.userIdentity()));
  }

  private static Map<String, AttributeValue> image(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> image) {
    return AttributeValues.fromSdk(image);
  }

  private static UserIdentity userIdentity(Identity identity) {
    return identity == null ? null : new UserIdentity(identity.type(), identity.principalId());
  }
}
