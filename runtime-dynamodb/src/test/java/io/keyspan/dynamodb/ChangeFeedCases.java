package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.repository.changes.ChangeStart.TRIM_HORIZON;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.repository.changes.Change;
import io.keyspan.repository.changes.ChangePage;
import io.keyspan.repository.changes.Changes;
import io.keyspan.repository.changes.Checkpoint;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The typed change feed through the AWS SDK engine's {@code DynamoDbStreamsClient}: what every
 * service that serves DynamoDB Streams must give it. Each test uses a table of its own, so suites
 * may share one emulator.
 */
abstract class ChangeFeedCases {
  private static final AtomicInteger TABLES = new AtomicInteger();

  protected abstract Engine engine();

  /** A fresh table keyed by {@code id}, with a stream of this view type. */
  final String table(StreamViewType viewType) {
    String name = getClass().getSimpleName() + "_" + TABLES.incrementAndGet();
    engine()
        .createTable(
            new CreateTableRequest(
                name,
                List.of(new AttributeDefinition("id", ScalarAttributeType.S)),
                List.of(KeySchemaElement.hash("id")),
                null,
                null,
                BillingMode.PAY_PER_REQUEST,
                null,
                StreamSpecification.enabled(viewType),
                null));
    return name;
  }

  final void put(String table, String id, String name) {
    engine().putItem(PutItemRequest.builder(table, Map.of("id", s(id), "name", s(name))).build());
  }

  static AttributeValue s(String text) {
    return AttributeValue.s(text);
  }

  final Changes<Map<String, AttributeValue>> changes(String table) {
    return Changes.of(engine(), table, Function.identity());
  }

  @Test
  void writes_arriveAsChanges_inOrder_withBothImages() {
    String table = table(StreamViewType.NEW_AND_OLD_IMAGES);
    put(table, "a", "Ann");
    put(table, "a", "Anna");
    engine().deleteItem(DeleteItemRequest.builder(table, Map.of("id", s("a"))).build());

    List<Change<Map<String, AttributeValue>>> changes =
        changes(table).from(TRIM_HORIZON).poll().changes();

    assertThat(changes.stream().map(Change::eventName).toList())
        .containsExactly(EventName.INSERT, EventName.MODIFY, EventName.REMOVE)
        .inOrder();
    assertThat(changes.get(0).keys()).isEqualTo(Map.of("id", s("a")));
    assertThat(changes.get(0).oldItem()).isEmpty();
    assertThat(changes.get(1).oldItem()).hasValue(Map.of("id", s("a"), "name", s("Ann")));
    assertThat(changes.get(1).newItem()).hasValue(Map.of("id", s("a"), "name", s("Anna")));
    assertThat(changes.get(2).newItem()).isEmpty();
    assertThat(changes.get(2).userIdentity()).isEmpty();
  }

  @Test
  void aKeysOnlyStream_givesNoImages() {
    String table = table(StreamViewType.KEYS_ONLY);
    put(table, "k", "Kim");

    Change<Map<String, AttributeValue>> change =
        changes(table).from(TRIM_HORIZON).poll().changes().get(0);

    assertThat(change.keys()).isEqualTo(Map.of("id", s("k")));
    assertThat(change.oldItem()).isEmpty();
    assertThat(change.newItem()).isEmpty();
  }

  @Test
  void aStoredCheckpoint_resumesAfterTheChangesHandled() {
    String table = table(StreamViewType.NEW_IMAGE);
    put(table, "1", "one");
    ChangePage<Map<String, AttributeValue>> first = changes(table).from(TRIM_HORIZON).poll();
    put(table, "2", "two");

    List<Change<Map<String, AttributeValue>>> resumed =
        changes(table).from(Checkpoint.parse(first.checkpoint().toString())).poll().changes();

    assertThat(first.changes()).hasSize(1);
    assertThat(resumed.stream().map(change -> change.keys().get("id")).toList())
        .containsExactly(s("2"));
  }
}
