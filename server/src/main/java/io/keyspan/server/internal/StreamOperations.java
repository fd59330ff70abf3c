package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ListStreamsResponse;
import io.keyspan.engine.stream.Shard;
import io.keyspan.engine.stream.ShardIteratorType;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.Streams;

/**
 * The DynamoDB Streams API (target prefix {@code DynamoDBStreams_20120810}): ListStreams,
 * DescribeStream, GetShardIterator and GetRecords, in the JSON of
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html.
 * An engine without streams answers as for an unknown operation.
 */
final class StreamOperations {
  /** Local tables belong to no real region; the table ARNs use the same placeholder. */
  private static final String REGION = "ddblocal";

  private StreamOperations() {}

  static ObjectNode listStreams(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = request.string("TableName");
    constraints.name("tableName", table, false);
    Integer limit = request.integer("Limit");
    String start = request.string("ExclusiveStartStreamArn");
    constraints.check();
    ListStreamsResponse response =
        streams(engine).listStreams(new ListStreamsRequest(table, limit, start));
    ObjectNode json = WireResponses.object();
    ArrayNode list = json.putArray("Streams");
    response
        .streams()
        .forEach(
            stream -> {
              ObjectNode entry = list.addObject();
              entry.put("StreamArn", stream.streamArn());
              entry.put("TableName", stream.tableName());
              entry.put("StreamLabel", stream.streamLabel());
            });
    if (response.lastEvaluatedStreamArn() != null) {
      json.put("LastEvaluatedStreamArn", response.lastEvaluatedStreamArn());
    }
    return json;
  }

  static ObjectNode describeStream(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String arn = request.string("StreamArn");
    constraints.notNull("streamArn", arn);
    Integer limit = request.integer("Limit");
    String start = request.string("ExclusiveStartShardId");
    constraints.check();
    StreamDescription stream =
        streams(engine).describeStream(new DescribeStreamRequest(arn, limit, start));
    ObjectNode json = WireResponses.object();
    ObjectNode description = json.putObject("StreamDescription");
    description.put("StreamArn", stream.streamArn());
    description.put("StreamLabel", stream.streamLabel());
    description.put("StreamStatus", stream.streamStatus().name());
    description.put("StreamViewType", stream.streamViewType().name());
    description.put(
        "CreationRequestDateTime", stream.creationRequestDateTime().toEpochMilli() / 1000.0);
    description.put("TableName", stream.tableName());
    description.set("KeySchema", TableDescriptions.keySchema(stream.keySchema()));
    ArrayNode shards = description.putArray("Shards");
    stream.shards().forEach(shard -> shards.add(shard(shard)));
    if (stream.lastEvaluatedShardId() != null) {
      description.put("LastEvaluatedShardId", stream.lastEvaluatedShardId());
    }
    return json;
  }

  private static ObjectNode shard(Shard shard) {
    ObjectNode json = WireResponses.object();
    json.put("ShardId", shard.shardId());
    if (shard.parentShardId() != null) {
      json.put("ParentShardId", shard.parentShardId());
    }
    ObjectNode range = json.putObject("SequenceNumberRange");
    range.put("StartingSequenceNumber", shard.startingSequenceNumber());
    if (shard.endingSequenceNumber() != null) {
      range.put("EndingSequenceNumber", shard.endingSequenceNumber());
    }
    return json;
  }

  static ObjectNode getShardIterator(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String arn = request.string("StreamArn");
    constraints.notNull("streamArn", arn);
    String shardId = request.string("ShardId");
    constraints.notNull("shardId", shardId);
    String typeName = request.string("ShardIteratorType");
    constraints.notNull("shardIteratorType", typeName);
    ShardIteratorType type =
        constraints.enumValue("shardIteratorType", typeName, ShardIteratorType.values());
    String sequenceNumber = request.string("SequenceNumber");
    constraints.check();
    String iterator =
        streams(engine)
            .getShardIterator(new GetShardIteratorRequest(arn, shardId, type, sequenceNumber));
    ObjectNode json = WireResponses.object();
    json.put("ShardIterator", iterator);
    return json;
  }

  static ObjectNode getRecords(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String iterator = request.string("ShardIterator");
    constraints.notNull("shardIterator", iterator);
    Integer limit = request.integer("Limit");
    constraints.check();
    GetRecordsResponse response =
        streams(engine).getRecords(new GetRecordsRequest(iterator, limit));
    ObjectNode json = WireResponses.object();
    ArrayNode records = json.putArray("Records");
    response.records().forEach(record -> records.add(record(record)));
    if (response.nextShardIterator() != null) {
      json.put("NextShardIterator", response.nextShardIterator());
    }
    return json;
  }

  /** A Record: its members are spelled in lower camel case in DynamoDB's model. */
  private static ObjectNode record(ChangeRecord record) {
    ObjectNode json = WireResponses.object();
    json.put("eventID", record.eventId());
    json.put("eventName", record.eventName().name());
    json.put("eventVersion", "1.1");
    json.put("eventSource", "aws:dynamodb");
    json.put("awsRegion", REGION);
    ObjectNode change = json.putObject("dynamodb");
    // Epoch seconds, rounded down to the second as DynamoDB reports them.
    change.put(
        "ApproximateCreationDateTime", record.approximateCreationDateTime().getEpochSecond());
    change.set("Keys", WireValues.item(record.keys()));
    if (record.newImage() != null) {
      change.set("NewImage", WireValues.item(record.newImage()));
    }
    if (record.oldImage() != null) {
      change.set("OldImage", WireValues.item(record.oldImage()));
    }
    change.put("SequenceNumber", record.sequenceNumber());
    change.put("SizeBytes", record.sizeBytes());
    change.put("StreamViewType", record.streamViewType().name());
    if (record.userIdentity() != null) {
      json.putObject("userIdentity")
          .put("PrincipalId", record.userIdentity().principalId())
          .put("Type", record.userIdentity().type());
    }
    return json;
  }

  private static Streams streams(Engine engine) {
    return engine.streams().orElseThrow(WireException::unknownOperation);
  }
}
