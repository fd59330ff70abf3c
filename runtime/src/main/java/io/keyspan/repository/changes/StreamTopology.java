package io.keyspan.repository.changes;

import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ListStreamsResponse;
import io.keyspan.engine.stream.Shard;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.StreamSummary;
import io.keyspan.engine.stream.Streams;
import io.keyspan.repository.changes.Checkpoint.ShardName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table's streams and their shards in reading order: older streams first (a disabled stream
 * before the one that re-enabled it), and within a stream each parent shard before its children
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html#Streams.Processing).
 */
final class StreamTopology {
  /** One shard, where it sits in the order. */
  record Node(
      String streamArn, int streamIndex, ShardName name, ShardName parent, boolean closed) {}

  private StreamTopology() {}

  /**
   * The shards of every stream of the table still retained, in reading order.
   *
   * @throws IllegalStateException when the table has no stream
   */
  static List<Node> of(Streams streams, String tableName) {
    List<StreamDescription> descriptions = new ArrayList<>();
    for (StreamSummary summary : summaries(streams, tableName)) {
      descriptions.add(describe(streams, summary.streamArn()));
    }
    if (descriptions.isEmpty()) {
      throw new IllegalStateException(
          "Table "
              + tableName
              + " has no stream: enable one with a StreamSpecification on CreateTable or"
              + " UpdateTable (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
              + "Streams.html#Streams.Enabling)");
    }
    descriptions.sort(
        Comparator.comparing(
                StreamDescription::creationRequestDateTime,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(StreamDescription::streamLabel));
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < descriptions.size(); i++) {
      nodes.addAll(parentsFirst(descriptions.get(i), i));
    }
    return nodes;
  }

  private static List<StreamSummary> summaries(Streams streams, String tableName) {
    List<StreamSummary> summaries = new ArrayList<>();
    String start = null;
    do {
      ListStreamsResponse page =
          streams.listStreams(new ListStreamsRequest(tableName, null, start));
      summaries.addAll(page.streams());
      start = page.lastEvaluatedStreamArn();
    } while (start != null);
    return summaries;
  }

  private static StreamDescription describe(Streams streams, String streamArn) {
    List<Shard> shards = new ArrayList<>();
    StreamDescription page;
    String start = null;
    do {
      page = streams.describeStream(new DescribeStreamRequest(streamArn, null, start));
      shards.addAll(page.shards());
      start = page.lastEvaluatedShardId();
    } while (start != null);
    return new StreamDescription(
        page.streamArn(),
        page.streamLabel(),
        page.streamStatus(),
        page.streamViewType(),
        page.creationRequestDateTime(),
        page.tableName(),
        page.keySchema(),
        shards,
        null);
  }

  /** The stream's shards, each after its parent; a parent no longer listed was trimmed. */
  private static List<Node> parentsFirst(StreamDescription stream, int streamIndex) {
    Set<String> listed = new HashSet<>();
    stream.shards().forEach(shard -> listed.add(shard.shardId()));
    List<Shard> waiting = new ArrayList<>(stream.shards());
    Set<String> placed = new HashSet<>();
    List<Node> nodes = new ArrayList<>();
    while (!waiting.isEmpty()) {
      int before = waiting.size();
      waiting.removeIf(
          shard -> {
            String parent = shard.parentShardId();
            boolean ready = parent == null || !listed.contains(parent) || placed.contains(parent);
            if (ready) {
              placed.add(shard.shardId());
              nodes.add(
                  new Node(
                      stream.streamArn(),
                      streamIndex,
                      new ShardName(stream.streamLabel(), shard.shardId()),
                      parent == null || !listed.contains(parent)
                          ? null
                          : new ShardName(stream.streamLabel(), parent),
                      shard.endingSequenceNumber() != null));
            }
            return ready;
          });
      if (waiting.size() == before) {
        throw new IllegalStateException(
            "The shards of " + stream.streamArn() + " name each other as parents: " + waiting);
      }
    }
    return nodes;
  }
}
