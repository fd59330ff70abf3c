package io.keyspan.repository.changes;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.repository.changes.ChangeStart.LATEST;
import static io.keyspan.repository.changes.ChangeStart.TRIM_HORIZON;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.Engine;
import io.keyspan.engine.stream.Streams;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChangeSubscriptionTest {
  private final FakeStreams fake = new FakeStreams();
  private final Changes<String> changes =
      Changes.of(
          engine(Optional.of(fake)),
          FakeStreams.TABLE,
          item -> ((AttributeValue.S) item.get("UserID")).value());

  private static Engine engine(Optional<Streams> streams) {
    return (Engine)
        Proxy.newProxyInstance(
            Engine.class.getClassLoader(),
            new Class<?>[] {Engine.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("streams")) {
                return streams;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static List<String> ids(ChangePage<String> page) {
    return page.changes().stream().map(change -> change.newItem().orElseThrow()).toList();
  }

  @Test
  void shardsAreRead_parentsBeforeChildren_whateverOrderTheyAreListedIn() {
    FakeStreams.FakeStream stream = fake.stream("L1", Instant.EPOCH);
    stream.shard("child", "parent").write("c1").write("c2").write("c3");
    stream.shard("parent", null).write("p1").write("p2").write("p3").closed = true;

    assertThat(ids(changes.from(TRIM_HORIZON).poll()))
        .containsExactly("p1", "p2", "p3", "c1", "c2", "c3")
        .inOrder();
  }

  @Test
  void aChild_waitsWhileItsParentIsOpen() {
    FakeStreams.FakeStream stream = fake.stream("L1", Instant.EPOCH);
    FakeStreams.FakeShard parent = stream.shard("parent", null).write("p1");
    stream.shard("child", "parent").write("c1");
    ChangeSubscription<String> subscription = changes.from(TRIM_HORIZON);

    assertThat(ids(subscription.poll())).containsExactly("p1");

    parent.write("p2").closed = true;
    assertThat(ids(subscription.poll())).containsExactly("p2", "c1").inOrder();
  }

  @Test
  void aParentNoLongerListed_doesNotHoldBackItsChild() {
    fake.stream("L1", Instant.EPOCH).shard("child", "trimmed").write("c1");

    assertThat(ids(changes.from(TRIM_HORIZON).poll())).containsExactly("c1");
  }

  @Test
  void anOlderStream_isReadToItsEnd_beforeTheStreamThatReEnabledIt() {
    fake.stream("L2", Instant.ofEpochSecond(20)).shard("new", null).write("n1");
    FakeStreams.FakeShard old =
        fake.stream("L1", Instant.ofEpochSecond(10)).shard("old", null).write("o1");
    ChangeSubscription<String> subscription = changes.from(TRIM_HORIZON);

    assertThat(ids(subscription.poll())).containsExactly("o1");

    old.closed = true;
    assertThat(ids(subscription.poll())).containsExactly("n1");
  }

  @Test
  void aCheckpoint_resumesAfterTheLastChangeHandled_andReadsNewShardsFromTheirStart() {
    FakeStreams.FakeStream stream = fake.stream("L1", Instant.EPOCH);
    FakeStreams.FakeShard shard = stream.shard("s1", null).write("a").write("b");
    ChangePage<String> first = changes.from(TRIM_HORIZON).poll();
    String stored = first.checkpoint().toString();
    shard.write("c");
    stream.shard("s2", null).write("d");

    ChangeSubscription<String> resumed = changes.from(Checkpoint.parse(stored));

    assertThat(stored).isEqualTo("1;L1/s1=000000000000000000002");
    assertThat(ids(resumed.poll())).containsExactly("c", "d").inOrder();
    assertThat(fake.iteratorRequests)
        .containsAtLeast("s1 AFTER_SEQUENCE_NUMBER 000000000000000000002", "s2 TRIM_HORIZON");
    assertThat(resumed.checkpoint().toString())
        .isEqualTo("1;L1/s1=000000000000000000003;L1/s2=000000000000000000004");
  }

  @Test
  void latest_skipsWhatWasThere_andDeliversWhatComesAfter() {
    FakeStreams.FakeStream stream = fake.stream("L1", Instant.EPOCH);
    FakeStreams.FakeShard open = stream.shard("open", null).write("before");
    stream.shard("closed", null).write("old").closed = true;
    ChangeSubscription<String> subscription = changes.from(LATEST);
    open.write("after");
    stream.shard("later", null).write("new");

    assertThat(ids(subscription.poll())).containsExactly("after", "new").inOrder();
  }

  @Test
  void anExpiredIterator_isRenewedAfterTheLastChangeDelivered() {
    FakeStreams.FakeShard shard = fake.stream("L1", Instant.EPOCH).shard("s1", null).write("a");
    ChangeSubscription<String> subscription = changes.from(TRIM_HORIZON);
    subscription.poll();
    shard.write("b");
    fake.expired.add(FakeStreams.arn("L1") + "|s1|1");

    assertThat(ids(subscription.poll())).containsExactly("b");
    assertThat(fake.iteratorRequests).contains("s1 AFTER_SEQUENCE_NUMBER 000000000000000000001");
  }

  @Test
  void aPoll_deliversAtMostOneThousandChanges_andTheNextPollTheRest() {
    FakeStreams.FakeShard shard = fake.stream("L1", Instant.EPOCH).shard("s1", null);
    for (int i = 0; i < 1001; i++) {
      shard.write("u" + i);
    }
    ChangeSubscription<String> subscription = changes.from(TRIM_HORIZON);

    assertThat(subscription.poll().changes()).hasSize(1000);
    assertThat(ids(subscription.poll())).containsExactly("u1000");
  }

  @Test
  void forEach_handsOverEverythingThereIs_andReturnsWithoutWaiting() {
    FakeStreams.FakeShard shard = fake.stream("L1", Instant.EPOCH).shard("s1", null);
    shard.write("a").write("b").write("c");
    List<String> seen = new ArrayList<>();

    int delivered = changes.from(TRIM_HORIZON).forEach(change -> seen.add(change.newItem().get()));

    assertThat(delivered).isEqualTo(3);
    assertThat(seen).containsExactly("a", "b", "c").inOrder();
  }

  @Test
  void follow_handsOverWhatIsThere_thenStopsWhenInterrupted() {
    fake.stream("L1", Instant.EPOCH).shard("s1", null).write("a");
    List<String> seen = new ArrayList<>();
    ChangeSubscription<String> subscription = changes.from(TRIM_HORIZON);

    Thread.currentThread().interrupt();
    assertThrows(
        InterruptedException.class,
        () ->
            subscription.follow(Duration.ofMinutes(1), change -> seen.add(change.newItem().get())));

    assertThat(seen).containsExactly("a");
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  void follow_rejectsAPollIntervalThatIsNotPositive() {
    fake.stream("L1", Instant.EPOCH).shard("s1", null);

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> changes.from(TRIM_HORIZON).follow(Duration.ZERO, change -> {}));

    assertThat(error).hasMessageThat().isEqualTo("The poll interval must be positive: PT0S");
  }

  @Test
  void aTableWithoutStream_isAClearError() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> changes.from(TRIM_HORIZON).poll());

    assertThat(error).hasMessageThat().startsWith("Table Users has no stream: enable one");
  }

  @Test
  void anEngineWithoutStreams_isAClearError() {
    UnsupportedOperationException error =
        assertThrows(
            UnsupportedOperationException.class,
            () -> Changes.of(engine(Optional.empty()), "Users", Function.identity()));

    assertThat(error).hasMessageThat().contains("serves no DynamoDB Streams, so table Users");
  }

  @Test
  void imagesTheStreamDoesNotCarry_areAbsent() {
    Map<String, AttributeValue> key = Map.of("UserID", AttributeValue.s("k"));
    FakeStreams.FakeShard shard = fake.stream("L1", Instant.EPOCH).shard("s1", null);
    shard.records.add(
        new io.keyspan.engine.stream.ChangeRecord(
            "e1",
            io.keyspan.engine.stream.EventName.REMOVE,
            "000000000000000000001",
            key,
            null,
            null,
            5,
            Instant.EPOCH,
            io.keyspan.engine.table.StreamViewType.KEYS_ONLY,
            io.keyspan.engine.stream.UserIdentity.TIME_TO_LIVE));

    Change<String> change = changes.from(TRIM_HORIZON).poll().changes().get(0);

    assertThat(change.keys()).isEqualTo(key);
    assertThat(change.oldItem()).isEmpty();
    assertThat(change.newItem()).isEmpty();
    assertThat(change.isTimeToLiveDeletion()).isTrue();
  }
}
