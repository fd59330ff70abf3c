package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code scope = CLASS}: the methods of the class share one engine (ordered, since the second reads
 * what the first wrote).
 */
@KeyspanTest(tables = User.class, scope = KeyspanTest.Scope.CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassScopeTest {
  private final UserRepository users;

  ClassScopeTest(UserRepository users) {
    this.users = users;
  }

  @Test
  @Order(1)
  void theFirstMethodWrites() {
    users.put(User.of("u1", "Ann"));
    assertThat(users.scan().list()).hasSize(1);
  }

  @Test
  @Order(2)
  void theSecondMethodReadsWhatTheFirstWrote(UserRepository sameUsers) {
    assertThat(sameUsers).isSameInstanceAs(users);
    assertThat(users.get("u1")).isPresent();
  }
}
