package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.repository.changes.ChangeStart.TRIM_HORIZON;

import io.keyspan.Keyspan;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.repository.changes.Change;
import io.keyspan.repository.changes.ChangePage;
import io.keyspan.repository.changes.Checkpoint;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A generated repository's {@code changes()} over the in-memory engine's streams. */
@KeyspanTest(tables = User.class)
class RepositoryChangesTest {
  private Keyspan keyspan;
  private UserRepository users;
  private TestClock clock;

  @Test
  void changes_areTypedObjects_withTheRecordsDetails() {
    users.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
    User ann = users.put(User.of("u1", "Ann"));
    User older = users.update("u1").set(UserSchema.AGE, 31).execute();

    List<Change<User>> changes = users.changes().from(TRIM_HORIZON).poll().changes();

    assertThat(changes.stream().map(Change::eventName).toList())
        .containsExactly(EventName.INSERT, EventName.MODIFY)
        .inOrder();
    Change<User> modify = changes.get(1);
    assertThat(modify.keys()).isEqualTo(Map.of("UserID", AttributeValue.s("u1")));
    assertThat(modify.oldItem()).hasValue(ann);
    assertThat(modify.newItem()).hasValue(older);
    assertThat(modify.approximateCreationTime()).isEqualTo(clock.instant());
    assertThat(modify.userIdentity()).isEmpty();
    assertThat(modify.sequenceNumber()).isGreaterThan(changes.get(0).sequenceNumber());
  }

  @Test
  void aKeysOnlyStream_givesKeysWithoutItems() {
    users.enableStream(StreamViewType.KEYS_ONLY);
    users.put(User.of("u1", "Ann"));

    Change<User> change = users.changes().from(TRIM_HORIZON).poll().changes().get(0);

    assertThat(change.keys()).isEqualTo(Map.of("UserID", AttributeValue.s("u1")));
    assertThat(change.oldItem()).isEmpty();
    assertThat(change.newItem()).isEmpty();
  }

  @Test
  void aStoredCheckpoint_resumesAfterTheChangesHandled_acrossAReEnabledStream() {
    users.enableStream(StreamViewType.NEW_IMAGE);
    users.put(User.of("u1", "Ann"));
    ChangePage<User> first = users.changes().from(TRIM_HORIZON).poll();
    String stored = first.checkpoint().toString();
    users.put(User.of("u2", "Bob"));
    keyspan
        .engine()
        .updateTable(
            new UpdateTableRequest("Users", null, null, null, null, StreamSpecification.DISABLED));
    users.enableStream(StreamViewType.NEW_IMAGE);
    users.put(User.of("u3", "Cy"));

    List<String> resumed =
        users.changes().from(Checkpoint.parse(stored)).poll().changes().stream()
            .map(change -> change.newItem().orElseThrow().userId())
            .toList();

    assertThat(first.changes()).hasSize(1);
    assertThat(resumed).containsExactly("u2", "u3").inOrder();
  }

  @Test
  void aTableNamePrefix_appliesToTheFeed() {
    Keyspan prefixed = Keyspan.builder().engine(keyspan.engine()).tableNamePrefix("dev_").build();
    UserRepository devUsers = new UserRepository(prefixed);
    devUsers.createTable();
    devUsers.enableStream(StreamViewType.NEW_IMAGE);
    users.enableStream(StreamViewType.NEW_IMAGE);
    User ann = devUsers.put(User.of("u1", "Ann"));

    assertThat(prefixed.changes(UserSchema.instance()).tableName()).isEqualTo("dev_Users");
    assertThat(devUsers.changes().from(TRIM_HORIZON).poll().changes().get(0).newItem())
        .hasValue(ann);
    assertThat(users.changes().from(TRIM_HORIZON).poll().changes()).isEmpty();
  }

  @Test
  void theHandle_givesTheSameFeed_byTheSchema() {
    users.enableStream(StreamViewType.NEW_IMAGE);
    User ann = users.put(User.of("u1", "Ann"));

    Change<User> change =
        keyspan.changes(UserSchema.instance()).from(TRIM_HORIZON).poll().changes().get(0);

    assertThat(change.newItem()).hasValue(ann);
  }
}
