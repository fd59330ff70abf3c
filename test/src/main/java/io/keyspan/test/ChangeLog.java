package io.keyspan.test;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.repository.changes.Change;
import io.keyspan.repository.changes.ChangeStart;
import io.keyspan.repository.changes.ChangeSubscription;
import io.keyspan.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the writes of a test emitted on a table's stream, to assert on:
 *
 * <pre>{@code
 * ChangeLog<User> log = ChangeLog.start(db, UserSchema.instance());
 * users.put(ann);
 * users.update("u1").set(UserSchema.AGE, 31).execute();
 * assertThat(log.take()).containsExactly(
 *     ChangeLog.Event.insert(ann), ChangeLog.Event.modify(ann, olderAnn)).inOrder();
 * }</pre>
 *
 * <p>It records from the moment it starts. A table without a stream gets one with both images
 * (NEW_AND_OLD_IMAGES); a table whose stream carries fewer is an error, since the events could not
 * show the items. Reading never waits, so assertions are deterministic. Not thread-safe.
 *
 * @param <T> the item type
 */
public final class ChangeLog<T> {
  private final ChangeSubscription<T> subscription;

  private ChangeLog(ChangeSubscription<T> subscription) {
    this.subscription = subscription;
  }

  /**
   * Starts recording the changes of {@code schema}'s table, turning its stream on if it has none.
   *
   * @throws IllegalStateException when the table's stream does not carry both images
   * @throws UnsupportedOperationException when the handle's engine serves no DynamoDB Streams
   */
  public static <T> ChangeLog<T> start(Keyspan keyspan, TableSchema<T> schema) {
    String tableName = keyspan.tableName(schema.definition().name());
    StreamSpecification stream =
        keyspan.engine().describeTable(new DescribeTableRequest(tableName)).streamSpecification();
    if (!stream.streamEnabled()) {
      keyspan
          .engine()
          .updateTable(
              new UpdateTableRequest(
                  tableName,
                  null,
                  null,
                  null,
                  null,
                  StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES)));
    } else if (stream.streamViewType() != StreamViewType.NEW_AND_OLD_IMAGES) {
      throw new IllegalStateException(
          "The stream of "
              + tableName
              + " carries "
              + stream.streamViewType()
              + ": a ChangeLog needs NEW_AND_OLD_IMAGES to show the items");
    }
    return new ChangeLog<>(keyspan.changes(schema).from(ChangeStart.LATEST));
  }

  /** The events written since the log started or since the last take, in stream order. */
  public List<Event<T>> take() {
    List<Event<T>> events = new ArrayList<>();
    subscription.forEach(change -> events.add(Event.of(change)));
    return events;
  }

  /**
   * One change as a test states it: the event and the item before and after (null where there is
   * none).
   *
   * @param byTimeToLive whether time to live deleted the item
   */
  public record Event<T>(EventName eventName, T oldItem, T newItem, boolean byTimeToLive) {
    public Event {
      Objects.requireNonNull(eventName, "eventName");
    }

    /** The item was written where there was none. */
    public static <T> Event<T> insert(T item) {
      return new Event<>(EventName.INSERT, null, Objects.requireNonNull(item, "item"), false);
    }

    /** The item {@code before} became {@code after}. */
    public static <T> Event<T> modify(T before, T after) {
      return new Event<>(
          EventName.MODIFY,
          Objects.requireNonNull(before, "before"),
          Objects.requireNonNull(after, "after"),
          false);
    }

    /** A request deleted the item. */
    public static <T> Event<T> remove(T item) {
      return new Event<>(EventName.REMOVE, Objects.requireNonNull(item, "item"), null, false);
    }

    /** Time to live deleted the item. */
    public static <T> Event<T> expire(T item) {
      return new Event<>(EventName.REMOVE, Objects.requireNonNull(item, "item"), null, true);
    }

    static <T> Event<T> of(Change<T> change) {
      return new Event<>(
          change.eventName(),
          change.oldItem().orElse(null),
          change.newItem().orElse(null),
          change.isTimeToLiveDeletion());
    }
  }
}
