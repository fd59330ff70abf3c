package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.test.ChangeLog.Event;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ChangeLog}: a test asserts what its writes emitted. */
@KeyspanTest(tables = {User.class, Session.class})
class ChangeLogTest {
  private Keyspan keyspan;
  private UserRepository users;
  private SessionRepository sessions;
  private TestClock clock;

  @Test
  void aLog_showsEachWriteSinceItStarted_once() {
    users.put(User.of("u1", "Ann")); // before the log started: not in it
    ChangeLog<User> log = ChangeLog.start(keyspan, UserSchema.instance());
    User bob = users.put(User.of("u2", "Bob"));
    User bobAt31 = users.update("u2").set(UserSchema.AGE, 31).execute();
    users.delete("u2");

    assertThat(log.take())
        .containsExactly(Event.insert(bob), Event.modify(bob, bobAt31), Event.remove(bobAt31))
        .inOrder();
    assertThat(log.take()).isEmpty();
  }

  @Test
  void aSecondLog_readsTheStreamTheFirstTurnedOn() {
    ChangeLog<User> first = ChangeLog.start(keyspan, UserSchema.instance());
    ChangeLog<User> second = ChangeLog.start(keyspan, UserSchema.instance());
    User ann = users.put(User.of("u1", "Ann"));

    assertThat(first.take()).containsExactly(Event.insert(ann));
    assertThat(second.take()).containsExactly(Event.insert(ann));
  }

  @Test
  void aDeletionByTimeToLive_isAnExpireEvent() {
    Session session = sessions.put(new Session("s1", clock.instant().plusSeconds(60)));
    ChangeLog<Session> log = ChangeLog.start(keyspan, SessionSchema.instance());
    clock.advance(Duration.ofMinutes(2));
    keyspan.engine().scan(ScanRequest.builder("Sessions").build());

    assertThat(log.take()).containsExactly(Event.expire(session));
  }

  @Test
  void aStreamWithoutBothImages_isAClearError() {
    users.enableStream(StreamViewType.KEYS_ONLY);

    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> ChangeLog.start(keyspan, UserSchema.instance()));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "The stream of Users carries KEYS_ONLY: a ChangeLog needs NEW_AND_OLD_IMAGES to show the items");
  }
}
