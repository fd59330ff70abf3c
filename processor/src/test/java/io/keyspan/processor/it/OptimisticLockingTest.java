package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.OptimisticLockingException;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A failed version condition is an optimistic-locking conflict; other failed conditions stay what
 * they are.
 */
class OptimisticLockingTest {
  private static Engine failingWith(Map<String, AttributeValue> stored) {
    return (Engine)
        Proxy.newProxyInstance(
            Engine.class.getClassLoader(),
            new Class<?>[] {Engine.class},
            (proxy, method, arguments) -> {
              if (method.isDefault()) { // itemCodec(): an engine of Keyspan values
                return InvocationHandler.invokeDefault(proxy, method, arguments);
              }
              throw new ConditionalCheckFailedException(stored);
            });
  }

  private static Account account(Long version) {
    return new Account(
        "alice",
        "main",
        "a@x.io",
        10,
        Set.of(),
        List.of(),
        null,
        version,
        0L,
        null,
        null,
        Instant.EPOCH);
  }

  private static Map<String, AttributeValue> storedWithVersion(long version) {
    return Map.of(
        "Owner",
        AttributeValue.s("alice"),
        "Name",
        AttributeValue.s("main"),
        "Version",
        AttributeValue.n(version));
  }

  @Test
  void putOfStaleVersion_raisesOptimisticLocking_withBothVersions() {
    AccountRepository accounts =
        new AccountRepository(Keyspan.using(failingWith(storedWithVersion(4))));
    OptimisticLockingException e =
        assertThrows(OptimisticLockingException.class, () -> accounts.put(account(3L)));
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "Optimistic locking failed for Accounts{Owner=alice, Name=main}: expected version 3, found version 4.");
    assertThat(e).hasCauseThat().isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void putOfNewItemOverAnExistingOne_raisesOptimisticLocking() {
    AccountRepository accounts =
        new AccountRepository(Keyspan.using(failingWith(storedWithVersion(1))));
    OptimisticLockingException e =
        assertThrows(OptimisticLockingException.class, () -> accounts.put(account(null)));
    assertThat(e).hasMessageThat().contains("expected no stored item, found version 1");
  }

  @Test
  void updateExpectingAStaleVersion_raisesOptimisticLocking() {
    AccountRepository accounts =
        new AccountRepository(Keyspan.using(failingWith(storedWithVersion(9))));
    assertThrows(
        OptimisticLockingException.class,
        () ->
            accounts
                .update("alice", "main")
                .add(AccountSchema.BALANCE, 1L)
                .expectVersion(8)
                .execute());
  }

  @Test
  void deleteOfStaleItem_raisesOptimisticLocking() {
    AccountRepository accounts =
        new AccountRepository(Keyspan.using(failingWith(storedWithVersion(6))));
    assertThrows(OptimisticLockingException.class, () -> accounts.delete(account(5L)));
  }

  @Test
  void failedUserConditionWithTheRightVersion_staysAConditionalCheckFailure() {
    AccountRepository accounts =
        new AccountRepository(Keyspan.using(failingWith(storedWithVersion(3))));
    assertThrows(
        ConditionalCheckFailedException.class,
        () -> accounts.putOperation(account(3L)).when(AccountSchema.BALANCE.gt(100L)).execute());
  }
}
