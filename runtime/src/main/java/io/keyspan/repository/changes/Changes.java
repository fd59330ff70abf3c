package io.keyspan.repository.changes;

import io.keyspan.engine.Engine;
import io.keyspan.engine.stream.Streams;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A table's change feed: {@code users.changes().from(ChangeStart.TRIM_HORIZON)} subscribes to it.
 * It reads the table's DynamoDB Streams through the engine, so the table needs a stream enabled
 * with a view type that carries the images the consumer wants (NEW_AND_OLD_IMAGES for both).
 *
 * @param <T> the item type
 */
public final class Changes<T> {
  private final Streams streams;
  private final String tableName;
  private final Function<Map<String, AttributeValue>, T> reader;

  private Changes(
      Streams streams, String tableName, Function<Map<String, AttributeValue>, T> reader) {
    this.streams = streams;
    this.tableName = tableName;
    this.reader = reader;
  }

  /**
   * The feed of one table of the engine, its items read by {@code reader} (a schema's {@code read},
   * or {@code Function.identity()} for raw items).
   *
   * @throws UnsupportedOperationException when the engine serves no DynamoDB Streams
   */
  public static <T> Changes<T> of(
      Engine engine, String tableName, Function<Map<String, AttributeValue>, T> reader) {
    Streams streams =
        engine
            .streams()
            .orElseThrow(
                () ->
                    new UnsupportedOperationException(
                        "The engine "
                            + engine.getClass().getSimpleName()
                            + " serves no DynamoDB Streams, so table "
                            + tableName
                            + " has no change feed"));
    return new Changes<>(
        streams,
        Objects.requireNonNull(tableName, "tableName"),
        Objects.requireNonNull(reader, "reader"));
  }

  /** The physical table whose changes these are. */
  public String tableName() {
    return tableName;
  }

  /**
   * A subscription that starts at {@code start}: {@link ChangeStart#TRIM_HORIZON}, {@link
   * ChangeStart#LATEST} (resolved now, so changes made after this call are delivered) or a stored
   * {@link Checkpoint}.
   *
   * @throws IllegalStateException for LATEST when the table has no stream
   */
  public ChangeSubscription<T> from(StartingPosition start) {
    return new ChangeSubscription<>(streams, tableName, reader, start);
  }
}
