package io.keyspan.repository.changes;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ShardIteratorType;
import io.keyspan.engine.stream.Streams;
import io.keyspan.exception.ExpiredIteratorException;
import io.keyspan.repository.changes.Checkpoint.ShardName;
import io.keyspan.repository.changes.StreamTopology.Node;
import io.keyspan.value.AttributeValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consumer's position in a table's change feed, moved forward by {@link #poll()}. Each poll lists
 * the table's streams and shards again, so new shards and re-enabled streams are found; a shard is
 * read only once its parent (and every shard of an older stream) has been read to its end.
 *
 * <p>Not thread-safe: one consumer thread polls it. Shard iterators expire after 15 minutes
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html);
 * a subscription renews an expired one from the last change it delivered, so a consumer may pause
 * as long as it likes within the 24-hour retention. A change older than that is gone: reading after
 * it is a {@link io.keyspan.exception.TrimmedDataAccessException}.
 *
 * @param <T> the item type
 */
public final class ChangeSubscription<T> {
  /** At most this many changes per poll (one full GetRecords page); the rest wait for the next. */
  static final int MAX_CHANGES_PER_POLL = 1000;

  private final Streams streams;
  private final String tableName;
  private final Function<Map<String, AttributeValue>, T> reader;
  private final Checkpoint resumedFrom;
  private final Map<ShardName, ShardCursor> cursors = new HashMap<>();

  ChangeSubscription(
      Streams streams,
      String tableName,
      Function<Map<String, AttributeValue>, T> reader,
      StartingPosition start) {
    this.streams = streams;
    this.tableName = tableName;
    this.reader = reader;
    this.resumedFrom =
        Objects.requireNonNull(start, "start") instanceof Checkpoint checkpoint
            ? checkpoint
            : Checkpoint.EMPTY;
    if (start == ChangeStart.LATEST) {
      startAtTips();
    }
  }

  /** LATEST: the shards open now start at their tip, closed ones are done. */
  private void startAtTips() {
    for (Node node : StreamTopology.of(streams, tableName)) {
      ShardCursor cursor = new ShardCursor(null);
      if (node.closed()) {
        cursor.finished = true;
      } else {
        cursor.iterator = iterator(node, ShardIteratorType.LATEST, null);
        cursor.atLatest = true;
      }
      cursors.put(node.name(), cursor);
    }
  }

  /**
   * The changes there are now, up to 1000, in delivery order, and the checkpoint after them. Never
   * waits: an empty page means nothing new has been written.
   *
   * @throws IllegalStateException when the table has no stream
   */
  public ChangePage<T> poll() {
    List<Node> nodes = StreamTopology.of(streams, tableName);
    Set<ShardName> listed = nodes.stream().map(Node::name).collect(Collectors.toSet());
    cursors.keySet().retainAll(listed);
    List<Change<T>> changes = new ArrayList<>();
    boolean olderStreamsDone = true;
    boolean streamDone = true;
    int streamIndex = 0;
    for (Node node : nodes) {
      if (node.streamIndex() != streamIndex) {
        olderStreamsDone &= streamDone;
        streamDone = true;
        streamIndex = node.streamIndex();
      }
      ShardCursor cursor =
          cursors.computeIfAbsent(
              node.name(), name -> new ShardCursor(resumedFrom.sequenceNumber(name)));
      boolean parentDone = node.parent() == null || cursors.get(node.parent()).finished;
      if (!cursor.finished
          && olderStreamsDone
          && parentDone
          && changes.size() < MAX_CHANGES_PER_POLL) {
        read(node, cursor, changes);
      }
      streamDone &= cursor.finished;
    }
    return new ChangePage<>(changes, checkpoint());
  }

  /** The position after every change delivered so far. */
  public Checkpoint checkpoint() {
    Map<ShardName, String> positions = new LinkedHashMap<>();
    cursors.forEach((name, cursor) -> positions.put(name, cursor.lastSequenceNumber));
    return Checkpoint.of(positions);
  }

  /**
   * Hands every change there is now to {@code action}, polling until a poll comes back empty; never
   * waits for new changes.
   *
   * @return how many changes were handed over
   */
  public int forEach(Consumer<? super Change<T>> action) {
    int delivered = 0;
    ChangePage<T> page;
    do {
      page = poll();
      page.changes().forEach(action);
      delivered += page.changes().size();
    } while (!page.isEmpty());
    return delivered;
  }

  /**
   * Hands every change to {@code action} as it comes, until the thread is interrupted: after an
   * empty poll it sleeps {@code pollInterval} before polling again. Run it on a thread of its own
   * and interrupt that thread to stop; the changes polled before the interrupt are handed over
   * first.
   *
   * @throws InterruptedException when the thread is interrupted, then or before the call
   * @throws IllegalArgumentException when {@code pollInterval} is not positive
   */
  public void follow(Duration pollInterval, Consumer<? super Change<T>> action)
      throws InterruptedException {
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("The poll interval must be positive: " + pollInterval);
    }
    while (true) {
      ChangePage<T> page = poll();
      page.changes().forEach(action);
      if (page.isEmpty()) {
        Thread.sleep(pollInterval.toMillis());
      } else if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  /** Reads the shard until a page comes back empty, the shard ends or the poll is full. */
  private void read(Node node, ShardCursor cursor, List<Change<T>> changes) {
    while (changes.size() < MAX_CHANGES_PER_POLL) {
      GetRecordsResponse response = records(node, cursor, MAX_CHANGES_PER_POLL - changes.size());
      for (ChangeRecord record : response.records()) {
        changes.add(change(record));
        cursor.lastSequenceNumber = record.sequenceNumber();
      }
      cursor.iterator = response.nextShardIterator();
      if (cursor.iterator == null) {
        cursor.finished = true;
        return;
      }
      if (response.records().isEmpty()) {
        return;
      }
    }
  }

  /** The next page of the shard; an expired iterator is renewed from the cursor's position. */
  private GetRecordsResponse records(Node node, ShardCursor cursor, int limit) {
    if (cursor.iterator != null) {
      try {
        return streams.getRecords(new GetRecordsRequest(cursor.iterator, limit));
      } catch (ExpiredIteratorException expired) {
        cursor.iterator = null;
      }
    }
    String iterator =
        cursor.lastSequenceNumber != null
            ? iterator(node, ShardIteratorType.AFTER_SEQUENCE_NUMBER, cursor.lastSequenceNumber)
            : iterator(
                node,
                cursor.atLatest ? ShardIteratorType.LATEST : ShardIteratorType.TRIM_HORIZON,
                null);
    return streams.getRecords(new GetRecordsRequest(iterator, limit));
  }

  private String iterator(Node node, ShardIteratorType type, String sequenceNumber) {
    return streams.getShardIterator(
        new GetShardIteratorRequest(node.streamArn(), node.name().shardId(), type, sequenceNumber));
  }

  private Change<T> change(ChangeRecord record) {
    return new Change<>(
        record.eventName(),
        record.keys(),
        Optional.ofNullable(record.oldImage()).map(reader),
        Optional.ofNullable(record.newImage()).map(reader),
        record.sequenceNumber(),
        record.approximateCreationDateTime(),
        Optional.ofNullable(record.userIdentity()));
  }

  /** How far one shard has been read. */
  private static final class ShardCursor {
    String lastSequenceNumber;
    String iterator;
    boolean finished;
    boolean atLatest;

    ShardCursor(String lastSequenceNumber) {
      this.lastSequenceNumber = lastSequenceNumber;
    }
  }
}
