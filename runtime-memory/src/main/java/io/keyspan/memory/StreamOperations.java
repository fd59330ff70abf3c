package io.keyspan.memory;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ListStreamsResponse;
import io.keyspan.engine.stream.Shard;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.StreamSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * ListStreams, DescribeStream, GetShardIterator and GetRecords over the engine's streams
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html).
 * Reads run under the engine's read lock, so a transaction's records are all visible or none.
 */
final class StreamOperations {
  /** "A shard iterator expires 15 minutes after it is returned to the requester." */
  static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);

  private final Catalog catalog;

  StreamOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  ListStreamsResponse list(ListStreamsRequest request) {
    int limit = limit(request.limit(), 100);
    List<StreamSummary> matching =
        catalog
            .streams
            .after(request.exclusiveStartStreamArn())
            .filter(
                stream ->
                    request.tableName() == null || stream.tableName().equals(request.tableName()))
            .limit(limit + 1L)
            .map(TableStream::summary)
            .toList();
    List<StreamSummary> page = matching.subList(0, Math.min(limit, matching.size()));
    return new ListStreamsResponse(
        page, matching.size() > limit ? page.get(page.size() - 1).streamArn() : null);
  }

  StreamDescription describe(DescribeStreamRequest request) {
    limit(request.limit(), 100);
    TableStream stream = stream(request.streamArn());
    List<Shard> shards =
        stream.shardId().equals(request.exclusiveStartShardId())
            ? List.of()
            : List.of(stream.shard());
    return new StreamDescription(
        stream.arn(),
        stream.label(),
        stream.status(),
        stream.viewType(),
        stream.created(),
        stream.tableName(),
        stream.keySchema(),
        shards,
        null);
  }

  String iterator(GetShardIteratorRequest request) {
    TableStream stream = stream(request.streamArn());
    if (!stream.shardId().equals(request.shardId())) {
      throw StreamMessages.shardNotFound(request.shardId(), request.streamArn());
    }
    Instant now = catalog.streams.now();
    long trimmed = stream.lastTrimmed(now);
    long position =
        switch (request.shardIteratorType()) {
          case TRIM_HORIZON -> trimmed + 1;
          case LATEST -> catalog.streams.lastSequenceNumber() + 1;
          case AT_SEQUENCE_NUMBER -> sequenceNumber(request, stream);
          case AFTER_SEQUENCE_NUMBER -> sequenceNumber(request, stream) + 1;
        };
    if (position <= trimmed) {
      throw StreamMessages.trimmed(stream.shardId());
    }
    return new ShardIterator(stream.arn(), stream.shardId(), position, now).encode();
  }

  GetRecordsResponse records(GetRecordsRequest request) {
    int limit = limit(request.limit(), 1000);
    ShardIterator iterator = ShardIterator.decode(request.shardIterator());
    Instant now = catalog.streams.now();
    if (!iterator.issued().plus(ITERATOR_LIFETIME).isAfter(now)) {
      throw StreamMessages.iteratorExpired();
    }
    TableStream stream = stream(iterator.streamArn());
    if (!stream.shardId().equals(iterator.shardId())) {
      throw StreamMessages.invalidIterator();
    }
    if (iterator.position() <= stream.lastTrimmed(now)) {
      throw StreamMessages.trimmed(stream.shardId());
    }
    List<ChangeRecord> records = stream.read(iterator.position(), limit, now);
    long next =
        records.isEmpty()
            ? iterator.position()
            : Long.parseLong(records.get(records.size() - 1).sequenceNumber()) + 1;
    // A closed shard read to its end has no next iterator; an open one always has, even when the
    // page is empty at its tip.
    boolean ended = !stream.enabled() && !stream.hasRecordsFrom(next);
    return new GetRecordsResponse(
        records,
        ended ? null : new ShardIterator(stream.arn(), stream.shardId(), next, now).encode());
  }

  private TableStream stream(String arn) {
    return catalog.streams.find(arn).orElseThrow(() -> StreamMessages.streamNotFound(arn));
  }

  private static long sequenceNumber(GetShardIteratorRequest request, TableStream stream) {
    String number = request.sequenceNumber();
    if (number == null) {
      throw StreamMessages.sequenceNumberRequired(request.shardIteratorType());
    }
    long value;
    try {
      value = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw StreamMessages.invalidSequenceNumber(number, stream.shardId());
    }
    if (value < stream.startingSequenceNumber()) {
      throw StreamMessages.invalidSequenceNumber(number, stream.shardId());
    }
    return value;
  }

  private static int limit(Integer requested, int max) {
    if (requested == null) {
      return max;
    }
    if (requested < 1) {
      throw ErrorMessages.constraint(requested, "limit", "have value greater than or equal to 1");
    }
    if (requested > max) {
      throw ErrorMessages.constraint(requested, "limit", "have value less than or equal to " + max);
    }
    return requested;
  }
}
