package io.keyspan.repository.changes;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ListStreamsResponse;
import io.keyspan.engine.stream.Shard;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.StreamStatus;
import io.keyspan.engine.stream.StreamSummary;
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.exception.ExpiredIteratorException;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams with as many streams and shards as a test lays out, in the order it lists them, so the
 * subscription's ordering rules can be tested without an engine that splits shards. Iterators are
 * {@code streamLabel|shardId|index}; every page holds at most two records, so shards span pages.
 */
final class FakeStreams implements Streams {
  static final String TABLE = "Users";
  private static final int PAGE = 2;

  final Map<String, FakeStream> streams = new LinkedHashMap<>();
  final Set<String> expired = new HashSet<>();
  final List<String> iteratorRequests = new ArrayList<>();
  private long sequenceNumbers;

  final class FakeStream {
    final String label;
    final Instant created;
    final Map<String, FakeShard> shards = new LinkedHashMap<>();

    FakeStream(String label, Instant created) {
      this.label = label;
      this.created = created;
    }

    FakeShard shard(String shardId, String parent) {
      FakeShard shard = new FakeShard(shardId, parent);
      shards.put(shardId, shard);
      return shard;
    }
  }

  final class FakeShard {
    final String shardId;
    final String parent;
    final List<ChangeRecord> records = new ArrayList<>();
    boolean closed;

    FakeShard(String shardId, String parent) {
      this.shardId = shardId;
      this.parent = parent;
    }

    /** Appends a MODIFY of the item whose UserID is {@code id}; returns this shard. */
    FakeShard write(String id) {
      Map<String, AttributeValue> item = Map.of("UserID", AttributeValue.s(id));
      String number = String.format(java.util.Locale.ROOT, "%021d", ++sequenceNumbers);
      records.add(
          new ChangeRecord(
              "e" + number,
              EventName.MODIFY,
              number,
              item,
              item,
              item,
              10,
              Instant.EPOCH,
              StreamViewType.NEW_AND_OLD_IMAGES,
              null));
      return this;
    }
  }

  FakeStream stream(String label, Instant created) {
    FakeStream stream = new FakeStream(label, created);
    streams.put(arn(label), stream);
    return stream;
  }

  static String arn(String label) {
    return "arn:" + TABLE + "/stream/" + label;
  }

  @Override
  public ListStreamsResponse listStreams(ListStreamsRequest request) {
    // One stream per page, so the subscription must follow LastEvaluatedStreamArn.
    List<String> arns = new ArrayList<>(streams.keySet());
    int start =
        request.exclusiveStartStreamArn() == null
            ? 0
            : arns.indexOf(request.exclusiveStartStreamArn()) + 1;
    if (start >= arns.size()) {
      return new ListStreamsResponse(List.of(), null);
    }
    String arn = arns.get(start);
    return new ListStreamsResponse(
        List.of(new StreamSummary(arn, TABLE, streams.get(arn).label)),
        start + 1 < arns.size() ? arn : null);
  }

  @Override
  public StreamDescription describeStream(DescribeStreamRequest request) {
    FakeStream stream = streams.get(request.streamArn());
    // One shard per page, so the subscription must follow LastEvaluatedShardId.
    List<FakeShard> all = new ArrayList<>(stream.shards.values());
    int start = 0;
    while (request.exclusiveStartShardId() != null
        && !all.get(start++).shardId.equals(request.exclusiveStartShardId())) {}
    FakeShard shard = all.get(start);
    boolean open = stream.shards.values().stream().anyMatch(s -> !s.closed);
    return new StreamDescription(
        request.streamArn(),
        stream.label,
        open ? StreamStatus.ENABLED : StreamStatus.DISABLED,
        StreamViewType.NEW_AND_OLD_IMAGES,
        stream.created,
        TABLE,
        List.of(),
        List.of(new Shard(shard.shardId, shard.parent, "1", shard.closed ? "9" : null)),
        start + 1 < all.size() ? shard.shardId : null);
  }

  @Override
  public String getShardIterator(GetShardIteratorRequest request) {
    iteratorRequests.add(
        request.shardId()
            + " "
            + request.shardIteratorType()
            + (request.sequenceNumber() == null ? "" : " " + request.sequenceNumber()));
    FakeShard shard = streams.get(request.streamArn()).shards.get(request.shardId());
    int index =
        switch (request.shardIteratorType()) {
          case TRIM_HORIZON -> 0;
          case LATEST -> shard.records.size();
          case AT_SEQUENCE_NUMBER -> indexOf(shard, request.sequenceNumber());
          case AFTER_SEQUENCE_NUMBER -> indexOf(shard, request.sequenceNumber()) + 1;
        };
    return request.streamArn() + "|" + request.shardId() + "|" + index;
  }

  private static int indexOf(FakeShard shard, String sequenceNumber) {
    for (int i = 0; i < shard.records.size(); i++) {
      if (shard.records.get(i).sequenceNumber().equals(sequenceNumber)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no record " + sequenceNumber + " in " + shard.shardId);
  }

  @Override
  public GetRecordsResponse getRecords(GetRecordsRequest request) {
    if (expired.remove(request.shardIterator())) {
      throw new ExpiredIteratorException("Iterator expired");
    }
    String[] parts = request.shardIterator().split("\\|");
    FakeShard shard = streams.get(parts[0]).shards.get(parts[1]);
    int from = Integer.parseInt(parts[2]);
    int to = Math.min(shard.records.size(), from + Math.min(PAGE, request.limit()));
    String next =
        shard.closed && to == shard.records.size() ? null : parts[0] + "|" + parts[1] + "|" + to;
    return new GetRecordsResponse(shard.records.subList(from, to), next);
  }
}
